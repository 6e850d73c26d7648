import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A form's footer: the error that stopped the save (announced), then the buttons. */
export function FormActions({ className, error, children }: { className: string; error: string | null; children: ReactNode }) {
  return (
    <div className={className}>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      <Space>{children}</Space>
    </div>
  );
}

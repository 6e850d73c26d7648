import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/operations';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';

type Policy = OutputOf<'compliance.policy'>;

/** The 180-day rule and the transitional case, explained beside the work, with the notice's own wording. */
export function RuleHelpButton() {
  const { t, locale } = useTranslate();
  const [open, setOpen] = useState(false);
  const [policy, setPolicy] = useState<Policy | null>(null);

  useEffect(() => {
    if (open && !policy) void client.call('compliance.policy', {}).then((result) => result.ok && setPolicy(result.value));
  }, [open, policy]);

  const language = locale === 'zh-CN' ? 'zh' : 'en';
  return (
    <>
      <Button icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)}>
        {t('rule.open')}
      </Button>
      <Drawer title={t('rule.title')} open={open} onClose={() => setOpen(false)} width={520}>
        {policy && (
          <Typography>
            <Typography.Paragraph>
              {t('rule.summary', { effective: policy.effectiveDate, days: policy.confirmationWindowDays, next: policy.confirmationWindowDays + 1 })}
            </Typography.Paragraph>
            <Typography.Paragraph>{t('rule.transitional', { cutoff: policy.transitionalTransferBefore })}</Typography.Paragraph>
            <Divider />
            <Typography.Title level={5}>{t('rule.notice')}</Typography.Title>
            <Typography.Paragraph>
              <blockquote>{policy.wording.rule[language]}</blockquote>
              <blockquote>{policy.wording.transitional[language]}</blockquote>
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t('rule.source', { document: policy.document[language], issued: policy.issuedOn })}</Typography.Text>
          </Typography>
        )}
      </Drawer>
    </>
  );
}

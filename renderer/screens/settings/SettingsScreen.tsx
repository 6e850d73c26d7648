import { Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/operations';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { useSystemStore } from '../../store/system-store';
import { RuleHelpButton } from '../dashboard/RuleHelp';

/** Settings: the policy parameters in force (read-only, with their source) and where the data lives. */
export function SettingsScreen() {
  const { t, locale } = useTranslate();
  const info = useSystemStore((state) => state.info);
  const [policy, setPolicy] = useState<OutputOf<'compliance.policy'> | null>(null);

  useEffect(() => {
    void client.call('compliance.policy', {}).then((result) => result.ok && setPolicy(result.value));
  }, []);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.policy')} extra={<RuleHelpButton />}>
        <Typography.Paragraph type="secondary">{t('settings.policyHint')}</Typography.Paragraph>
        {policy && (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('settings.policyId')}>{policy.document[locale === 'zh-CN' ? 'zh' : 'en']}</Descriptions.Item>
            <Descriptions.Item label={t('settings.issued')}>{policy.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('settings.effectiveDate')}>{policy.effectiveDate}</Descriptions.Item>
            <Descriptions.Item label={t('settings.windowDays')}>{policy.confirmationWindowDays}</Descriptions.Item>
            <Descriptions.Item label={t('settings.transitional')}>{policy.transitionalTransferBefore}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      {info && (
        <Card title={t('settings.data')}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('settings.databasePath')}>
              <Typography.Text copyable>{info.databasePath}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.schemaVersion')}>{info.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label={t('settings.appVersion')}>{info.appVersion}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Flex>
  );
}

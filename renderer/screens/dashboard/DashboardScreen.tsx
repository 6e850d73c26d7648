import { Alert, Card, Col, Empty, Flex, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Dashboard } from '../../../shared/contract/compliance';
import type { AppError } from '../../../shared/contract/errors';
import { client } from '../../api/client';
import { EChart } from '../../components/EChart';
import { useTranslate } from '../../i18n/use-translate';
import { useApplicationDate } from '../../store/use-application-date';
import { RuleHelpButton } from './RuleHelp';

type Row = Dashboard['clearingSoon'][number];

const STATES = ['confirmation-required', 'transitional-exempt', 'not-required', 'invalid'] as const;
const STATE_COLOURS: Record<(typeof STATES)[number], string> = {
  'confirmation-required': '#d46b08',
  'transitional-exempt': '#1677ff',
  'not-required': '#389e0d',
  invalid: '#cf1322',
};

/** The 180-day picture of the whole stock, for the planned application date. */
export function DashboardScreen() {
  const { t, pick } = useTranslate();
  const { applicationDate } = useApplicationDate();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!applicationDate) return;
    let current = true;
    void client.call('compliance.dashboard', { applicationDate }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setDashboard(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [applicationDate]);

  const chart = useMemo(
    () =>
      dashboard && {
        grid: { left: 40, right: 16, top: 16, bottom: 48 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: dashboard.clearingTimeline.map((week) => week.weekStart.slice(5)), axisLabel: { rotate: 45 } },
        yAxis: { type: 'value', minInterval: 1, name: t('dashboard.timelineCount') },
        series: [{ type: 'bar', data: dashboard.clearingTimeline.map((week) => week.count), itemStyle: { color: '#1f5fbf' } }],
      },
    [dashboard, t],
  );

  const columns = [
    { title: 'VIN', dataIndex: 'vin', width: 200, render: (vin: string) => <Typography.Text code>{vin}</Typography.Text> },
    { title: t('vehicle.brand'), dataIndex: 'brand' },
    { title: t('vehicle.model'), dataIndex: 'model' },
    { title: t('vehicle.manufacturer'), dataIndex: 'manufacturer', ellipsis: true },
    {
      title: t('dashboard.clearsOn'),
      key: 'clearsOn',
      width: 220,
      render: (_: unknown, row: Row) => t('dashboard.clearsOnCell', { date: row.clearsOn ?? '', days: row.daysUntilClear ?? 0 }),
    },
  ];

  if (error) return <Alert type="error" showIcon message={pick(error.message)} />;
  if (!dashboard) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dashboard.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.subtitle', { date: dashboard.applicationDate, total: dashboard.total })}</Typography.Text>
        </div>
        <RuleHelpButton />
      </Flex>
      {dashboard.total === 0 ? (
        <Card>
          <Empty description={t('dashboard.empty')} />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {STATES.map((state) => (
              <Col key={state} xs={12} lg={6}>
                <Card size="small">
                  <Statistic title={t(`compliance.status.${state}`)} value={dashboard.counts[state] ?? 0} valueStyle={{ color: STATE_COLOURS[state] }} />
                </Card>
              </Col>
            ))}
            <Col xs={8}>
              <Card size="small">
                <Statistic title={t('dashboard.clearing7')} value={dashboard.clearingWithin7Days} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small">
                <Statistic title={t('dashboard.clearing30')} value={dashboard.clearingWithin30Days} />
              </Card>
            </Col>
            <Col xs={8}>
              <Card size="small">
                <Statistic title={t('dashboard.withoutRequest')} value={dashboard.withoutRequest.count} valueStyle={{ color: dashboard.withoutRequest.count > 0 ? '#d46b08' : undefined }} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('dashboard.timeline')}>
            {chart && <EChart option={chart} height={240} ariaLabel={t('dashboard.timeline')} />}
          </Card>
          <Card size="small" title={t('dashboard.clearingSoon')}>
            <Table<Row> rowKey="id" size="small" columns={columns} dataSource={dashboard.clearingSoon} pagination={{ pageSize: 10, showSizeChanger: false }} />
          </Card>
        </>
      )}
    </Flex>
  );
}

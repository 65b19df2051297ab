/**
 * The area charts of the role home, loaded as their own chunk (React.lazy in HomePage) so the staff
 * bundle does not carry ECharts: only the bar and pie charts, the grid, tooltip and legend, and the
 * canvas renderer are imported (echarts/core tree-shaking).
 */
import { useEffect, useRef } from 'react';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { HomeOverview } from './homeTypes';
import { yuanText } from '../../format';
import { useBilingual } from '../policy/bilingual';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = Parameters<echarts.ECharts['setOption']>[0];

function Chart({ option, label, testId }: { option: Option; label: string; testId: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    const chart = echarts.init(el.current);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={el} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height: 280 }} />;
}

/** Series per program over the months, in the order the months come. */
function byProgram<T extends { programId: string; programName: { zh: string; en: string }; month: string }>(
  rows: readonly T[],
  months: readonly string[],
  value: (row: T) => number,
  name: (b: { zh: string; en: string }) => string,
) {
  const programs = [...new Map(rows.map((r) => [r.programId, r.programName])).entries()];
  return programs.map(([id, programName]) => ({
    name: name(programName),
    type: 'bar' as const,
    stack: 'all',
    data: months.map((m) => {
      const row = rows.find((r) => r.programId === id && r.month === m);
      return row ? value(row) : 0;
    }),
  }));
}

export default function HomeCharts({ data }: { data: HomeOverview }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const p = data.people;
  const areaNames = p.byArea.map((a) => a.name ?? a.code);
  const shareText = p.total === 0 ? '0' : ((p.povertyRegistered * 100) / p.total).toFixed(1);
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portal.noData')} />;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={14}>
        <Card title={t('portal.peopleByArea')}>
          {p.byArea.length === 0 ? (
            empty
          ) : (
            <Chart
              testId="chart-people-by-area"
              label={`${t('portal.peopleByArea')}：${p.byArea.map((a) => `${a.name ?? a.code} ${a.people}`).join('，')}`}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 48, right: 16, top: 40, bottom: 64 },
                xAxis: { type: 'category', data: areaNames, axisLabel: { rotate: areaNames.length > 6 ? 30 : 0 } },
                yAxis: { type: 'value', minInterval: 1 },
                series: [
                  { name: t('portal.poor'), type: 'bar', stack: 'p', data: p.byArea.map((a) => a.poverty) },
                  { name: t('portal.others'), type: 'bar', stack: 'p', data: p.byArea.map((a) => a.people - a.poverty) },
                ],
              }}
            />
          )}
          {p.registeredElsewhere > 0 && (
            <Typography.Text type="secondary">{t('portal.registeredElsewhere', { count: p.registeredElsewhere })}</Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={`${t('portal.povertyShare')} ${t('portal.share', { share: shareText })}`}>
          {p.total === 0 ? (
            empty
          ) : (
            <Chart
              testId="chart-poverty-share"
              label={`${t('portal.povertyShare')} ${shareText}%`}
              option={{
                tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
                legend: { bottom: 0 },
                series: [
                  {
                    type: 'pie',
                    radius: ['40%', '70%'],
                    data: [
                      { name: t('portal.poor'), value: p.povertyRegistered },
                      { name: t('portal.others'), value: p.total - p.povertyRegistered },
                    ],
                  },
                ],
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('portal.claimsByMonth')}>
          {data.claimsByMonth.length === 0 ? (
            empty
          ) : (
            <Chart
              testId="chart-claims"
              label={t('portal.claimsByMonth')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { type: 'scroll', top: 0 },
                grid: { left: 48, right: 16, top: 40, bottom: 32 },
                xAxis: { type: 'category', data: data.months },
                yAxis: { type: 'value', minInterval: 1 },
                series: byProgram(data.claimsByMonth, data.months, (r) => r.claims, bi),
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('portal.paidByMonth')}>
          {data.paidByMonth.length === 0 ? (
            empty
          ) : (
            <Chart
              testId="chart-paid"
              label={t('portal.paidByMonth')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { type: 'scroll', top: 0 },
                grid: { left: 72, right: 16, top: 40, bottom: 32 },
                xAxis: { type: 'category', data: data.months },
                yAxis: { type: 'value' },
                series: byProgram(data.paidByMonth, data.months, (r) => Number(yuanText(r.paidFen)), bi),
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

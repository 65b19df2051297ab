/**
 * The staff app's antd theme: every text colour at least 4.5:1 on its background (WCAG 2.1 AA
 * 1.4.3), fixed at the tokens so every page and every helper's page gets it.
 *
 *   primary #0958d9 (blue-7)            6.16:1 on white (antd's default #1677ff is 4.10:1)
 *   secondary / description text 0.65  7.00:1   (default 0.45: 3.36:1)
 *   tertiary text 0.62                  ~6:1
 *   placeholder 0.57                    ~5:1     (default 0.25: 1.83:1 — also the table's empty text)
 *   tags: text shade 8 or 9 of the palette on shade 1 (4.25–9:1; gold-7 was 2.76:1, green-7 3.37:1)
 *
 * Disabled text keeps antd's light grey: WCAG exempts inactive controls.
 */
import type { ThemeConfig } from 'antd';

const tagText = {
  red7: '#a8071a',
  volcano7: '#ad2102',
  orange7: '#ad4e00',
  gold7: '#874d00',
  yellow7: '#876800',
  lime7: '#3f6600',
  green7: '#237804',
  cyan7: '#006d75',
  blue7: '#0958d9',
  magenta7: '#9e1068',
};

export const staffTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.57)',
  },
  components: {
    Tag: {
      ...tagText,
      colorSuccess: '#237804',
      colorError: '#a8071a',
      colorWarning: '#874d00',
      colorInfo: '#0958d9',
      colorTextDisabled: 'rgba(0, 0, 0, 0.57)',
    },
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    List: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    // Danger buttons: red-7 (5.6:1) instead of #ff4d4f (3.26:1).
    Button: { colorError: '#cf1322', colorErrorHover: '#a8071a', colorErrorActive: '#a8071a', colorErrorBorderHover: '#a8071a' },
    Empty: { colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
    Typography: { colorSuccess: '#237804', colorWarning: '#874d00', colorError: '#a8071a' },
    Layout: { headerHeight: 'auto', headerPadding: '8px 16px', headerBg: '#ffffff', siderBg: '#001529' },
  },
};

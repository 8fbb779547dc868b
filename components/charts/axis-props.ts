// Recharts' axis props for the layout's labels (lib/charts/layout.ts): every tick labelled (the layout
// chose them; Recharts would otherwise drop labels it finds too close), with no tick line and no margin,
// so that Recharts hands each label the plot's edge, where the server's drawing puts it. The labels
// themselves are the layout's nodes.
export const LAYOUT_TICKS = { interval: 0, tickLine: false, tickSize: 0, tickMargin: 0 } as const

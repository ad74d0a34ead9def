import { useEffect, useRef } from "preact/hooks";

/** Props: x in ms since epoch, y values (null = gap), and how to show them. */
export interface SparklineProps {
  xs: number[];
  ys: (number | null)[];
  label: string;
  /** Fixed y range; omitted = auto. */
  min?: number;
  max?: number;
  color?: string;
}

/**
 * A 15-minute sparkline drawn by uPlot. uPlot is imported lazily (its own
 * chunk), so pages without charts, and the first paint, do not pay for it.
 */
export function Sparkline({ xs, ys, label, min, max, color = "#15803d" }: SparklineProps) {
  const box = useRef<HTMLDivElement>(null);
  // deno-lint-ignore no-explicit-any -- the uPlot instance type comes with the lazy import
  const plot = useRef<any>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const { default: UPlot } = await import("uplot");
      if (cancelled || !box.current) return;
      const data: [number[], (number | null)[]] = [xs.map((x) => x / 1000), ys];
      if (plot.current) {
        plot.current.setData(data);
        return;
      }
      plot.current = new UPlot(
        {
          width: box.current.clientWidth || 240,
          height: 42,
          legend: { show: false },
          cursor: { show: false },
          select: { show: false, left: 0, top: 0, width: 0, height: 0 },
          axes: [{ show: false }, { show: false }],
          scales: {
            x: { time: true },
            y: min === undefined && max === undefined
              ? { auto: true }
              : { range: [min ?? 0, max ?? 100] },
          },
          series: [{}, {
            stroke: color,
            width: 1.5,
            fill: `${color}22`,
            spanGaps: false,
            points: { show: false },
          }],
        },
        data,
        box.current,
      );
    })();
    return () => {
      cancelled = true;
    };
  }, [xs, ys]);
  useEffect(() => () => plot.current?.destroy(), []);
  return <div class="sparkline" ref={box} role="img" aria-label={label} />;
}

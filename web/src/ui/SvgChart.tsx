/**
 * A chart rendered by the server as accessible SVG (role="img", <title> and
 * <desc> with the data in words). Every text in it is escaped by the server's
 * renderer (src/platform/charts/svg-chart.ts), and the page
 * always shows the same numbers in a table next to it.
 */
export function SvgChart({ svg }: { svg: string }) {
  return (
    <div
      className="svg-chart"
      style={{ maxWidth: '40rem' }}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-generated SVG whose texts are XML-escaped; no user markup
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

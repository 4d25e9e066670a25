// A trivial response of the same server: the floor that page timings are compared with, and a
// check for load balancers. Reveals nothing.
export function GET() {
  return new Response('ok', { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

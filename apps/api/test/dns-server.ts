import dns2 from 'dns2';

const { Packet } = dns2;

export type Zone = Map<string, { TXT?: string[]; A?: string[] }>;
export type TestDnsServer = { zone: Zone; address: string; close(): Promise<void> };

/**
 * A real DNS server (UDP, on loopback) answering from an in-memory zone that a test edits: TXT and
 * A records, NXDOMAIN for names it does not hold. Point the API's DNS_RESOLVER at `address`.
 */
export async function startDnsServer(): Promise<TestDnsServer> {
  const zone: Zone = new Map();
  const server = dns2.createUDPServer((request, send) => {
    const [question] = request.questions;
    const name = question?.name.toLowerCase() ?? '';
    const entry = zone.get(name);
    if (!question || !entry) {
      send(Packet.createErrorResponseFromRequest(request, Packet.RCODE.NXDOMAIN));
      return;
    }
    const response = Packet.createResponseFromRequest(request);
    const answer = (record: { data?: string; address?: string }) =>
      response.answers.push(Packet.createResourceFromQuestion(question, { ttl: 1, ...record }));
    if (question.type === Packet.TYPE.TXT) for (const data of entry.TXT ?? []) answer({ data });
    if (question.type === Packet.TYPE.A) for (const address of entry.A ?? []) answer({ address });
    send(response);
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address();
  return {
    zone,
    address: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

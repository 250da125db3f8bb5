// `npm start`: build, then preview — but first make sure no preview already holds the port, so a
// second `npm start` says so at once instead of building for a minute and then failing.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

const PORT = Number(process.env['PORT'] ?? 4321);

/** True when something accepts connections on the port (IPv4 or IPv6 loopback). */
function portInUse(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port: PORT });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', args, { stdio: 'inherit' });
    child.once('close', (code) => resolve(code ?? 1));
  });
}

if ((await portInUse('127.0.0.1')) || (await portInUse('::1'))) {
  process.stderr.write(
    `npm start: port ${PORT} is already in use — a preview is probably running at http://localhost:${PORT}/. ` +
      'Open it, or stop it (Ctrl-C in its terminal) and run npm start again.\n',
  );
  process.exit(1);
}
const built = await run(['run', 'build']);
process.exit(built === 0 ? await run(['run', 'preview', '--', '--port', String(PORT)]) : built);

// Guards against orphans: scripts/start.mjs tells this process the process groups it starts. If start.mjs
// disappears without saying it is done (killed with SIGKILL, crashed), the IPC channel closes and this stops
// those groups (SIGTERM, then SIGKILL after a grace period), so no API, worker, web server or Redis is left behind.
const groups = new Set();
let done = false;

process.on('message', (message) => {
  if (message?.type === 'add') groups.add(message.pid);
  else if (message?.type === 'remove') groups.delete(message.pid);
  else if (message?.type === 'done') done = true;
});

process.on('disconnect', () => {
  if (done || groups.size === 0) process.exit(0);
  for (const pid of groups) signal(pid, 'SIGTERM');
  setTimeout(() => {
    for (const pid of groups) signal(pid, 'SIGKILL');
    process.exit(0);
  }, 10_000);
  // Exit early once every group is gone.
  setInterval(() => {
    if ([...groups].every((pid) => !alive(pid))) process.exit(0);
  }, 200);
});

// Signals from the terminal are for start.mjs: it stops everything in order.
const ignore = () => undefined;
for (const name of ['SIGINT', 'SIGHUP']) process.on(name, ignore);

function signal(pid, name) {
  try {
    process.kill(-pid, name);
  } catch {
    // Already gone.
  }
}

function alive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

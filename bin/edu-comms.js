#!/usr/bin/env node
// The published binary: runs the compiled CLI (`npm run build` writes dist/). The Node version is checked first, in
// syntax every Node still parses, before anything of the program is loaded.
var parts = String(process.versions.node).split('.');
var major = Number(parts[0]);
var minor = Number(parts[1]);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    'Lỗi: edu-comms cần Node.js 20.19 trở lên (20.19+, 22 hoặc 24); máy này đang chạy Node.js ' + process.versions.node + '.\n' +
    'Cách sửa: cài Node.js bản LTS mới tại https://nodejs.org rồi chạy lại lệnh.\n' +
    '(Error: edu-comms needs Node.js 20.19 or later; this is Node.js ' + process.versions.node + '.)\n'
  );
  process.exit(2);
}
// `--version` alone is answered here, from package.json, without loading the program (start-up near `node -e 0`)
var args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  var fs = process.getBuiltinModule('node:fs');
  process.stdout.write(JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  import('../dist/cli/main.js').then(function (m) { return m.main(); });
}

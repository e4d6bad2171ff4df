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
import('../dist/cli/main.js').then(function (m) { return m.main(); });

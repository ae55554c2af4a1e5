#!/usr/bin/env python3
"""Adds lockfile entries for optional native builds of other platforms that the registry
reachable here does not serve (npm then cannot record them, and `npm ci` refuses a lockfile
without them). Each entry carries os/cpu/libc, so npm skips it on this platform and would
fetch it by name and version on one that matches. Run after `npm install` changes the lock."""
import json, re, sys

PATH = sys.argv[1] if len(sys.argv) > 1 else 'package-lock.json'
lock = json.load(open(PATH))
pk = lock['packages']
CPU = {'arm64': 'arm64', 'x64': 'x64', 'arm': 'arm', 'ppc64': 'ppc64', 's390x': 's390x', 'ia32': 'ia32', 'riscv64': 'riscv64'}
added = []
for parent in ['node_modules/@swc/core', 'node_modules/nx']:
    entry = pk.get(parent)
    if not entry:
        continue
    for name, version in entry.get('optionalDependencies', {}).items():
        key = f'node_modules/{name}'
        if key in pk:
            continue
        m = re.search(r'-(darwin|linux|win32|freebsd)-(arm64|x64|arm|ppc64|s390x|ia32|riscv64)(?:-(gnu|musl|gnueabihf|msvc))?$', name)
        if not m:
            continue
        stub = {'version': version, 'cpu': [CPU[m.group(2)]], 'dev': True, 'optional': True, 'os': [m.group(1)]}
        if m.group(3) in ('gnu', 'gnueabihf'):
            stub['libc'] = ['glibc']
        elif m.group(3) == 'musl':
            stub['libc'] = ['musl']
        pk[key] = stub
        added.append(name)
lock['packages'] = dict(sorted(pk.items(), key=lambda kv: (kv[0] != '', kv[0])))
json.dump(lock, open(PATH, 'w'), indent=2)
open(PATH, 'a').write('\n')
print(f'added {len(added)} platform entries: {", ".join(added)}')

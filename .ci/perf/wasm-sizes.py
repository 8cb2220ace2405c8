#!/usr/bin/env python3
"""Where the bytes of the app's wasm go: code bytes by crate, by our own module, and the
largest functions, as Markdown tables (a report, not a test; Python 3 standard library only).

Reads a wasm file that still has its `name` section: the binary cargo writes at
$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/signpost-app.wasm, before wasm-bindgen and
wasm-opt (both drop the names). It parses the import section (imported functions come first
in the function index space), the code section (the size of each function body) and the
custom `name` section (subsection 1: function names), and demangles Rust's legacy (`_ZN...E`)
and v0 (`_R...`) symbol names, without the hash.

Attribution: a function counts under the crate of its first path segment, except
  - `<X as Trait>::f`, `<X>::f` and `...::<impl Trait for X>::f` count under X's crate (the
    type our code instantiates), e.g. `<signpost::engine::model::Node as
    serde::Deserialize>::deserialize` counts under `signpost`; when X is a generic parameter
    or a primitive (`impl Render for F`, `<u32 as Display>`) the trait's or the enclosing
    path's crate is used;
  - `core::ptr::drop_in_place<X>` (drop glue) counts under X's crate;
  - wasm-bindgen's `__wbindgen_describe_*` stubs are listed apart and left out of the total:
    wasm-bindgen runs them at build time and removes them;
  - other unmangled names (exports, C helpers such as memcmp) count under "(unmangled)".
The app's crate is `signpost` (lib name); "by module" groups its functions by the first two
module segments after `signpost` (e.g. `signpost::app::pages`, `signpost::engine::model`).
Closures and monomorphised generics count where they are defined or instantiated as the names
say; code that LLVM inlined counts in its caller.

These are code sizes before wasm-opt (which shrinks and merges code), so read them as shares,
not as the shipped bytes.

Usage: .ci/perf/wasm-sizes.py FILE.wasm [--against OTHER.wasm [--labels THIS,OTHER]] [--top N]
  --against OTHER.wasm  the same tables with two columns (this = FILE, other = OTHER), the
                        difference this - other and the ratio, rows sorted by the biggest
                        absolute change; the function table then matches functions by demangled
                        name (functions of the same name, e.g. closures, are summed, with a
                        count). .ci/bench --against REF prints this.
  --labels THIS,OTHER   names of the two columns (default: this,other).
  --top N               rows of the function table (default 20); crates 15, modules 20.
"""

import argparse
import collections
import os
import re
import signal
import sys

# ------------------------------------------------------------------------------------------
# wasm parsing


def leb(data, i):
    """Unsigned LEB128 at data[i]; returns (value, next index)."""
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def skip_limits(data, j):
    flags = data[j]
    j += 1
    _, j = leb(data, j)  # min
    if flags & 1:
        _, j = leb(data, j)  # max
    return j


def parse_wasm(path):
    """Returns a dict: functions [(body bytes, raw name)], and section sizes."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\0asm":
        sys.exit(f"wasm-sizes: {path} is not a wasm file")
    i = 8
    imported = 0
    bodies = []
    names = {}
    sections = collections.Counter()
    while i < len(data):
        sid = data[i]
        i += 1
        size, i = leb(data, i)
        end = i + size
        if sid == 2:  # imports
            n, j = leb(data, i)
            for _ in range(n):
                for _part in range(2):  # module, field
                    ln, j = leb(data, j)
                    j += ln
                kind = data[j]
                j += 1
                if kind == 0:  # function: type index
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:  # table: reftype, limits
                    j = skip_limits(data, j + 1)
                elif kind == 2:  # memory: limits
                    j = skip_limits(data, j)
                elif kind == 3:  # global: valtype, mutability
                    j += 2
                elif kind == 4:  # tag: attribute, type index
                    _, j = leb(data, j + 1)
                else:
                    sys.exit(f"wasm-sizes: unknown import kind {kind}")
            sections["import"] += size
        elif sid == 10:  # code
            n, j = leb(data, i)
            for _ in range(n):
                s, j = leb(data, j)
                bodies.append(s)
                j += s
            sections["code"] += size
        elif sid == 11:
            sections["data"] += size
        elif sid == 0:
            ln, j = leb(data, i)
            cname = data[j : j + ln].decode("utf-8", "replace")
            j += ln
            sections[f"custom:{cname}"] += size
            if cname == "name":
                while j < end:
                    sub = data[j]
                    j += 1
                    ssize, j = leb(data, j)
                    send = j + ssize
                    if sub == 1:
                        n, k = leb(data, j)
                        for _ in range(n):
                            idx, k = leb(data, k)
                            ln, k = leb(data, k)
                            names[idx] = data[k : k + ln].decode("utf-8", "replace")
                            k += ln
                    j = send
        else:
            sections[f"section {sid}"] += size
        i = end
    if not names:
        sys.exit(
            f"wasm-sizes: {path} has no function names (name section): use the wasm cargo writes, "
            "before wasm-bindgen and wasm-opt"
        )
    funcs = [(b, names.get(k + imported, f"func[{k + imported}]")) for k, b in enumerate(bodies)]
    return {"funcs": funcs, "sections": sections, "file": len(data), "imported": imported}


# ------------------------------------------------------------------------------------------
# demangling

LEGACY_ESCAPES = {
    "SP": "@", "BP": "*", "RF": "&", "LT": "<", "GT": ">", "LP": "(", "RP": ")", "C": ",",
}


def demangle_legacy(sym):
    """`_ZN8signpost3app...17h<hash>E` -> `signpost::app::...`; None if not legacy."""
    m = re.match(r"_ZN", sym)
    if not m:
        return None
    i = 3
    parts = []
    while i < len(sym) and sym[i] != "E":
        m = re.match(r"\d+", sym[i:])
        if not m:
            return None
        n = int(m.group())
        i += len(m.group())
        parts.append(sym[i : i + n])
        i += n
    if i >= len(sym):
        return None
    if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
        parts.pop()
    out = []
    for p in parts:
        if p.startswith("_$"):
            p = p[1:]
        s = []
        k = 0
        while k < len(p):
            c = p[k]
            if c == "$":
                end = p.find("$", k + 1)
                code = p[k + 1 : end] if end > 0 else ""
                if code in LEGACY_ESCAPES:
                    s.append(LEGACY_ESCAPES[code])
                elif code.startswith("u") and re.fullmatch(r"[0-9a-f]+", code[1:] or "x"):
                    s.append(chr(int(code[1:], 16)))
                else:
                    s.append(p[k:] if end < 0 else p[k : end + 1])
                    end = len(p) - 1 if end < 0 else end
                k = end + 1
            elif p.startswith("..", k):
                s.append("::")
                k += 2
            else:
                s.append(c)
                k += 1
        out.append("".join(s))
    return "::".join(out)


class V0Error(Exception):
    pass


BASIC = {
    "a": "i8", "b": "bool", "c": "char", "d": "f64", "e": "str", "f": "f32", "h": "u8",
    "i": "isize", "j": "usize", "l": "i32", "m": "u32", "n": "i128", "o": "u128", "s": "i16",
    "t": "u16", "x": "i64", "y": "u64", "z": "!", "u": "()", "p": "_", "v": "...",
}


class V0:
    """A compact demangler for Rust's v0 mangling (`_R...`), enough for size reports."""

    def __init__(self, s, pos=0, depth=0):
        self.s = s
        self.i = pos
        self.depth = depth

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else ""

    def eat(self, c):
        if self.peek() == c:
            self.i += 1
            return True
        return False

    def next(self):
        if self.i >= len(self.s):
            raise V0Error("end")
        c = self.s[self.i]
        self.i += 1
        return c

    def b62(self):
        if self.eat("_"):
            return 0
        x = 0
        while True:
            c = self.next()
            if c == "_":
                return x + 1
            if c.isdigit():
                d = ord(c) - 48
            elif "a" <= c <= "z":
                d = ord(c) - 97 + 10
            elif "A" <= c <= "Z":
                d = ord(c) - 65 + 36
            else:
                raise V0Error("b62")
            x = x * 62 + d

    def opt_disambiguator(self):
        return self.b62() if self.eat("s") else 0

    def decimal(self):
        m = re.match(r"0|[1-9]\d*", self.s[self.i :])
        if not m:
            raise V0Error("decimal")
        self.i += len(m.group())
        return int(m.group())

    def ident(self):
        dis = self.opt_disambiguator()
        puny = self.eat("u")
        n = self.decimal()
        self.eat("_")
        name = self.s[self.i : self.i + n]
        self.i += n
        if puny:
            name = "{punycode:" + name + "}"
        return name, dis

    def backref(self):
        start = self.i - 1
        pos = self.b62()
        if pos >= start or self.depth > 40:
            raise V0Error("backref")
        return V0(self.s, pos, self.depth + 1)

    def path(self):
        c = self.next()
        if c == "C":
            return self.ident()[0]
        if c == "M":
            self.opt_disambiguator()
            where = self.path()  # the module the impl is in
            t = self.type()
            # An inherent impl on a primitive (`impl str` in alloc::str) reads as the legacy
            # names do, so it counts under the crate that holds the impl.
            return f"<{t}>" if type_path(t) else f"{where}::<impl {t}>"
        if c == "X":
            self.opt_disambiguator()
            self.path()
            t = self.type()
            return f"<{t} as {self.path()}>"
        if c == "Y":
            t = self.type()
            return f"<{t} as {self.path()}>"
        if c == "N":
            ns = self.next()
            parent = self.path()
            name, dis = self.ident()
            if ns.isupper():
                kind = {"C": "closure", "S": "shim"}.get(ns, ns)
                return f"{parent}::{{{kind}{':' + name if name else ''}#{dis}}}"
            return f"{parent}::{name}"
        if c == "I":
            p = self.path()
            args = []
            while not self.eat("E"):
                args.append(self.generic_arg())
            return f"{p}<{', '.join(a for a in args if a)}>"
        if c == "B":
            return self.backref().path()
        raise V0Error(f"path {c}")

    def generic_arg(self):
        if self.eat("L"):
            self.b62()
            return ""
        if self.eat("K"):
            return self.const()
        return self.type()

    def const(self):
        if self.eat("B"):
            return self.backref().const()
        if self.eat("p"):
            return "_"
        t = self.next()
        neg = self.eat("n")
        start = self.i
        while self.next() != "_":
            pass
        hexd = self.s[start : self.i - 1]
        if t == "b":
            return "true" if hexd == "1" else "false"
        try:
            return ("-" if neg else "") + str(int(hexd or "0", 16))
        except ValueError:
            return "?"

    def type(self):
        c = self.peek()
        if c in BASIC:
            self.i += 1
            return BASIC[c]
        if c in "CMXYNI":
            return self.path()
        self.i += 1
        if c == "B":
            return self.backref().type()
        if c == "A":
            t = self.type()
            return f"[{t}; {self.const()}]"
        if c == "S":
            return f"[{self.type()}]"
        if c == "T":
            ts = []
            while not self.eat("E"):
                ts.append(self.type())
            return "(" + ", ".join(ts) + ("," if len(ts) == 1 else "") + ")"
        if c in "RQ":
            if self.eat("L"):
                self.b62()
            return ("&" if c == "R" else "&mut ") + self.type()
        if c in "PO":
            return ("*const " if c == "P" else "*mut ") + self.type()
        if c == "F":
            if self.eat("G"):
                self.b62()
            unsafe = self.eat("U")
            if self.eat("K"):
                if not self.eat("C"):
                    self.ident()
            args = []
            while not self.eat("E"):
                args.append(self.type())
            ret = self.type()
            return f"{'unsafe ' if unsafe else ''}fn({', '.join(args)})" + ("" if ret == "()" else f" -> {ret}")
        if c == "D":
            if self.eat("G"):
                self.b62()
            traits = []
            while not self.eat("E"):
                p = self.path()
                while self.eat("p"):
                    self.ident()
                    self.type()
                traits.append(p)
            if self.eat("L"):
                self.b62()
            return "dyn " + " + ".join(traits)
        raise V0Error(f"type {c}")


def demangle_v0(sym):
    m = re.match(r"_R\d*", sym)
    if not m:
        return None
    body = sym[2:]
    # Backrefs count from just after "_R" (including any version digits).
    p = V0(body, len(m.group()) - 2)
    try:
        return p.path()
    except (V0Error, IndexError):
        return None


def demangle(sym):
    if sym.startswith("_ZN"):
        d = demangle_legacy(sym)
        if d:
            return d
    if sym.startswith("_R"):
        d = demangle_v0(sym)
        if d:
            return d
    return sym


# ------------------------------------------------------------------------------------------
# attribution

OPEN = {"<": ">", "(": ")", "[": "]", "{": "}"}
CLOSE = {v: k for k, v in OPEN.items()}


def matching(s, i):
    """Index of the bracket closing s[i]."""
    depth = 0
    for k in range(i, len(s)):
        c = s[k]
        if c in OPEN:
            depth += 1
        elif c in CLOSE:
            # `->` in a fn type is not a bracket
            if c == ">" and k > 0 and s[k - 1] == "-":
                continue
            depth -= 1
            if depth == 0:
                return k
    return len(s) - 1


def split_top(s, sep):
    """Split at `sep` outside brackets."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(s):
        c = s[k]
        if c in OPEN:
            depth += 1
        elif c in CLOSE and not (c == ">" and k > 0 and s[k - 1] == "-"):
            depth -= 1
        elif depth == 0 and s.startswith(sep, k):
            out.append(s[start:k])
            k += len(sep)
            start = k
            continue
        k += 1
    out.append(s[start:])
    return out


def segments(path):
    """Top-level `::` segments of a path, without generic arguments of each segment."""
    segs = []
    for seg in split_top(path, "::"):
        if not seg.startswith("<") and "<" in seg:
            seg = seg[: seg.index("<")]
        segs.append(seg)
    return segs


PRIMITIVES = set(BASIC.values()) | {"str", "()", "_"}
CRATE_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


def type_path(t):
    """The path of type t if it has one with a crate (`a::b::C<..>`), else None."""
    t = t.strip()
    while True:
        for pre in ("&mut ", "&", "*const ", "*mut ", "dyn ", "mut ", "unsafe "):
            if t.startswith(pre):
                t = t[len(pre) :].lstrip()
                break
        else:
            break
    if t.startswith("[") or t.startswith("("):
        inner = t[1 : matching(t, 0)]
        first = split_top(split_top(inner, ";")[0], ",")[0]
        return type_path(first) if first.strip() else None
    if t.startswith("<"):
        return qualified_path(t)
    segs = segments(t)
    if len(segs) >= 2 and CRATE_RE.match(segs[0]):
        return t
    return None


def qualified_path(name):
    """For `<X as T>::rest` / `<X>::rest`: X's path, else T's path, else None."""
    close = matching(name, 0)
    inner = name[1:close]
    parts = split_top(inner, " as ")
    x = type_path(parts[0])
    if x:
        return x
    if len(parts) > 1:
        return type_path(parts[1])
    return None


def owner_path(name):
    """The path whose first segment names the crate a function counts under."""
    if name.startswith("<"):
        return qualified_path(name) or name
    segs = split_top(name, "::")
    # `...::<impl Trait for X>::f` (legacy): X's path if X has one.
    for seg in segs:
        if seg.startswith("<impl "):
            inner = seg[1 : matching(seg, 0)]
            parts = split_top(inner[len("impl ") :], " for ")
            x = type_path(parts[-1])
            if x:
                return x
            break
    first = segs[0]
    if len(segs) >= 3 and segs[0] == "core" and segs[1] == "ptr" and segs[2].startswith("drop_in_place<"):
        arg = segs[2][len("drop_in_place<") : matching(segs[2], len("drop_in_place"))]
        x = type_path(arg)
        if x:
            return x
    return name


def is_mangled(raw):
    return raw.startswith("_ZN") or raw.startswith("_R")


def crate_of(raw, name):
    if not is_mangled(raw):
        if raw.startswith("__wbindgen_describe"):
            return "(wasm-bindgen describe stubs)"
        if raw.startswith(("__wbindgen", "__wbg", "__externref")):
            return "wasm-bindgen"
        return "(unmangled)"
    p = owner_path(name)
    seg = segments(p)[0]
    return seg if CRATE_RE.match(seg) else "(other)"


def module_of(raw, name, ours="signpost"):
    """`signpost::a::b` for a function of our crate (up to two module segments), else None."""
    p = owner_path(name)
    segs = segments(p)
    if segs[0] != ours:
        return None
    segs = segs[1:]
    # Drop closures and shims at the end, then the item itself.
    while segs and (segs[-1].startswith("{") or segs[-1] == ""):
        segs.pop()
    segs = segs[:-1]
    mods = []
    for s in segs:
        if len(mods) == 2 or not re.fullmatch(r"[a-z_][a-z0-9_]*", s) or s == "_":
            break
        mods.append(s)
    return "::".join([ours] + mods)


# ------------------------------------------------------------------------------------------
# report


def analyse(path):
    w = parse_wasm(path)
    funcs = []
    for size, raw in w["funcs"]:
        name = demangle(raw)
        funcs.append({"size": size, "raw": raw, "name": name, "crate": crate_of(raw, name), "module": module_of(raw, name) if is_mangled(raw) else None})
    stubs = [f for f in funcs if f["crate"] == "(wasm-bindgen describe stubs)"]
    kept = [f for f in funcs if f["crate"] != "(wasm-bindgen describe stubs)"]
    w.update(funcs=kept, stubs=sum(f["size"] for f in stubs), nstubs=len(stubs), total=sum(f["size"] for f in kept))
    return w


def kib(n):
    return f"{n / 1024:.1f}"


def pct(n, total):
    return f"{100 * n / total:.1f}%" if total else "n/a"


def short(name, width=110):
    name = name.replace("|", "\\|")
    return name if len(name) <= width else name[: width - 1] + "…"


def group(funcs, key):
    c = collections.Counter()
    n = collections.Counter()
    for f in funcs:
        k = key(f)
        if k is not None:
            c[k] += f["size"]
            n[k] += 1
    return c, n


def header(a, label=None):
    s = a["sections"]
    custom = sum(v for k, v in s.items() if k.startswith("custom:"))
    return (
        f"{label + ': ' if label else ''}{len(a['funcs'])} functions, **{a['total']:,} code bytes** "
        f"({kib(a['total'])} KiB; plus {a['nstubs']} wasm-bindgen describe stubs, {kib(a['stubs'])} KiB, "
        f"which wasm-bindgen removes); data section {kib(s.get('data', 0))} KiB; file {kib(a['file'])} KiB "
        f"of which {kib(custom)} KiB custom sections (names, debug info)."
    )


NOTE = (
    "Code sizes of the wasm cargo writes, before wasm-bindgen and wasm-opt (which shrinks and merges code): "
    "read them as shares, not as the shipped bytes. A function counts under the crate of the type it is for "
    "(`<X as Trait>::f`, `impl Trait for X`, drop glue of X), else of its path (see .ci/perf/wasm-sizes.py)."
)


def share_rows(sizes, counts, total, limit, what, label):
    """Table rows of the `limit` largest groups (functions, KiB, share of `total`), then one
    row for the rest, named `other (N <what>)`."""
    rows = sizes.most_common()
    for k, v in rows[:limit]:
        print(f"| {label(k)} | {counts[k]} | {kib(v)} | {pct(v, total)} |")
    rest = rows[limit:]
    if rest:
        v = sum(x for _, x in rest)
        print(f"| other ({len(rest)} {what}) | {sum(counts[k] for k, _ in rest)} | {kib(v)} | {pct(v, total)} |")


def print_single(a, top):
    total = a["total"]
    print(header(a))
    print()
    print(NOTE)
    print()
    by_crate, n_crate = group(a["funcs"], lambda f: f["crate"])
    print("### Code bytes by crate")
    print()
    print("| crate | functions | KiB | share |")
    print("|---|---:|---:|---:|")
    share_rows(by_crate, n_crate, total, 15, "crates", lambda k: k)
    print(f"| **total** | {len(a['funcs'])} | {kib(total)} | 100% |")
    print()
    by_mod, n_mod = group(a["funcs"], lambda f: f["module"])
    ours = sum(by_mod.values())
    print("### Code bytes by module of `signpost`")
    print()
    print(f"`signpost` in all: {kib(ours)} KiB, {pct(ours, total)} of the code.")
    print()
    print("| module | functions | KiB | share of all code |")
    print("|---|---:|---:|---:|")
    share_rows(by_mod, n_mod, total, 20, "modules", lambda k: f"`{k}`")
    print()
    print(f"### The {top} largest functions")
    print()
    print("| function | crate | bytes |")
    print("|---|---|---:|")
    for f in sorted(a["funcs"], key=lambda f: -f["size"])[:top]:
        print(f"| `{short(f['name'])}` | {f['crate']} | {f['size']:,} |")


def ratio(a, b):
    if not b:
        return "new" if a else "–"
    return f"{a / b:.3f}" if a else "gone"


def diff_table(title, key_head, this, other, n_this, n_other, limit, total_this, total_other, labels, code=True):
    keys = set(this) | set(other)
    rows = sorted(keys, key=lambda k: (-abs(this.get(k, 0) - other.get(k, 0)), -this.get(k, 0), str(k)))
    print(f"### {title}")
    print()
    tl, ol = labels
    print(f"| {key_head} | {tl} bytes | {ol} bytes | {tl} − {ol} | {tl}/{ol} | functions ({tl}/{ol}) |")
    print("|---|---:|---:|---:|---:|---:|")
    shown = rows[:limit]
    for k in shown:
        t, o = this.get(k, 0), other.get(k, 0)
        label = f"`{short(k)}`" if code else k
        print(f"| {label} | {t:,} | {o:,} | {t - o:+,} | {ratio(t, o)} | {n_this.get(k, 0)}/{n_other.get(k, 0)} |")
    rest = rows[limit:]
    if rest:
        t = sum(this.get(k, 0) for k in rest)
        o = sum(other.get(k, 0) for k in rest)
        unchanged = sum(1 for k in rest if this.get(k, 0) == other.get(k, 0))
        print(f"| other ({len(rest)} rows, {unchanged} unchanged) | {t:,} | {o:,} | {t - o:+,} | {ratio(t, o)} | |")
    print(f"| **total** | {total_this:,} | {total_other:,} | {total_this - total_other:+,} | {ratio(total_this, total_other)} | |")
    print()


def print_against(a, b, top, path_a, path_b, labels):
    tl, ol = labels
    print(header(a, f"{tl} (`{os.path.basename(path_a)}`)"))
    print()
    print(header(b, f"{ol} (`{os.path.basename(path_b)}`)"))
    print()
    print(NOTE + " Rows are sorted by the biggest absolute change.")
    print()
    ca, na = group(a["funcs"], lambda f: f["crate"])
    cb, nb = group(b["funcs"], lambda f: f["crate"])
    diff_table(f"Code bytes by crate: {tl} vs {ol}", "crate", ca, cb, na, nb, 15, a["total"], b["total"], labels, code=False)
    ma, nma = group(a["funcs"], lambda f: f["module"])
    mb, nmb = group(b["funcs"], lambda f: f["module"])
    diff_table(f"Code bytes by module of `signpost`: {tl} vs {ol}", "module", ma, mb, nma, nmb, 20, sum(ma.values()), sum(mb.values()), labels)
    fa, nfa = group(a["funcs"], lambda f: f["name"])
    fb, nfb = group(b["funcs"], lambda f: f["name"])
    diff_table(
        f"The {top} functions that changed most (by demangled name; same-name functions summed)",
        "function", fa, fb, nfa, nfb, top, a["total"], b["total"], labels,
    )


def main():
    # `| head` should end the output quietly, not with a BrokenPipeError.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description="Code bytes of a wasm (with its name section) by crate, module and function.")
    ap.add_argument("wasm")
    ap.add_argument("--against", metavar="OTHER.wasm")
    ap.add_argument("--labels", default="this,other", help="names of the two columns with --against")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    a = analyse(args.wasm)
    if args.against:
        labels = args.labels.split(",", 1)
        if len(labels) != 2 or not all(labels):
            ap.error("--labels takes two names: THIS,OTHER")
        print_against(a, analyse(args.against), args.top, args.wasm, args.against, labels)
    else:
        print_single(a, args.top)


if __name__ == "__main__":
    main()

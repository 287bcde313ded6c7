#!/usr/bin/env python3
"""Re-create data/regions.tsv from the npm package `idn-area-data` (4.x).

Usage:
    scripts/make-regions.py [PACKAGE_DIR] [-o OUTPUT]

PACKAGE_DIR is an extracted package folder (the one holding data/provinces.csv
and data/regencies.csv, usually named `package`). Without it, the script runs
`npm pack idn-area-data@4` in a temporary directory and extracts the tarball.
The version is pinned to 4.x on purpose: 4.x needs Node >= 22 and on older Node
a bare `npm pack idn-area-data` silently falls back to 3.1.2 (older names).

OUTPUT defaults to data/regions.tsv next to this scripts/ folder.
Python 3 standard library only. Output is deterministic (sorted by code).

Output format (UTF-8, tab-separated, LF):
    # code<TAB>name<TAB>kind<TAB>province_code<TAB>province
    provinces (kind `provinsi`) in code order, then regencies
    (kind `kabupaten` / `kota`) in code order.
"""

import argparse
import csv
import glob
import os
import re
import subprocess
import sys
import tarfile
import tempfile

NPM_SPEC = "idn-area-data@4"

# Official province names, by Kemendagri code.
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

# Package spellings (case-insensitive) accepted for a code besides the
# official name above. Anything else aborts, so a renamed/renumbered
# province in a future package version is noticed instead of mislabelled.
PROVINCE_PACKAGE_VARIANTS = {
    "31": {"daerah khusus ibukota jakarta", "daerah khusus jakarta"},
}

LOWER_WORDS = {"dan"}  # kept lower-case unless first word


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def title_id(name):
    """Title-case an upper-case name the Indonesian way (only for all-caps input,
    e.g. idn-area-data 3.x); 4.x names are already title case and kept as is."""
    if not name.isupper():
        return name
    words = []
    for i, w in enumerate(name.lower().split(" ")):
        if i > 0 and w in LOWER_WORDS:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


def regency_name(raw):
    """Return (name, kind) for a package regency name."""
    name = title_id(squash(raw))
    # DKI Jakarta: "Kabupaten Administrasi Kepulauan Seribu" -> "Kabupaten
    # Kepulauan Seribu", "Kota Administrasi Jakarta Selatan" / "Kota Adm.
    # Jakarta Selatan" -> "Kota Jakarta Selatan".
    name = re.sub(r"^(Kabupaten|Kota) (?:Administrasi|Adm\.?) ", r"\1 ", name)
    m = re.match(r"^(Kabupaten|Kota) (\S.*)$", name)
    if not m:
        raise SystemExit("regency name without Kabupaten/Kota prefix: %r" % raw)
    return name, m.group(1).lower()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def code_key(code):
    return tuple(int(p) for p in code.split("."))


def fetch_package(tmp):
    subprocess.run(["npm", "pack", NPM_SPEC, "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgzs = sorted(glob.glob(os.path.join(tmp, "idn-area-data-*.tgz")))
    if len(tgzs) != 1:
        raise SystemExit("npm pack produced %r" % tgzs)
    with tarfile.open(tgzs[0]) as t:
        members = [m for m in t.getmembers()
                   if m.name.startswith("package/data/") and m.isfile()
                   and ".." not in m.name]
        if hasattr(tarfile, "data_filter"):
            t.extractall(tmp, members=members, filter="data")
        else:
            t.extractall(tmp, members=members)
    return os.path.join(tmp, "package")


def build(pkg):
    data = os.path.join(pkg, "data")
    if not os.path.isfile(os.path.join(data, "regencies.csv")):
        raise SystemExit("no data/regencies.csv under %s" % pkg)

    lines = []
    seen = set()
    for row in sorted(read_csv(os.path.join(data, "provinces.csv")),
                      key=lambda r: code_key(r["code"].strip())):
        code, raw = row["code"].strip(), squash(row["name"])
        if code not in PROVINCES:
            raise SystemExit("unknown province code %s (%s)" % (code, raw))
        official = PROVINCES[code]
        if raw.lower() not in {official.lower()} | PROVINCE_PACKAGE_VARIANTS.get(code, set()):
            raise SystemExit("province %s: package says %r, expected %r"
                             % (code, raw, official))
        if code in seen:
            raise SystemExit("duplicate province code %s" % code)
        seen.add(code)
        lines.append((code, official, "provinsi", code, official))
    missing = set(PROVINCES) - seen
    if missing:
        raise SystemExit("provinces missing from package: %s" % sorted(missing))

    counts = {"kabupaten": 0, "kota": 0}
    for row in sorted(read_csv(os.path.join(data, "regencies.csv")),
                      key=lambda r: code_key(r["code"].strip())):
        code, prov = row["code"].strip(), row["province_code"].strip()
        if not re.fullmatch(r"\d\d\.\d\d", code) or code[:2] != prov:
            raise SystemExit("bad regency code %s / province %s" % (code, prov))
        if prov not in PROVINCES:
            raise SystemExit("regency %s: unknown province %s" % (code, prov))
        if code in seen:
            raise SystemExit("duplicate code %s" % code)
        seen.add(code)
        name, kind = regency_name(row["name"])
        counts[kind] += 1
        lines.append((code, name, kind, prov, PROVINCES[prov]))

    for fields in lines:
        for f in fields:
            if not f or "\t" in f or "\n" in f:
                raise SystemExit("bad field in %r" % (fields,))
    return lines, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("package_dir", nargs="?",
                    help="extracted idn-area-data package folder (default: npm pack %s)" % NPM_SPEC)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("-o", "--output",
                    default=os.path.join(here, "..", "data", "regions.tsv"))
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pkg = args.package_dir or fetch_package(tmp)
        lines, counts = build(pkg)

    out = os.path.normpath(args.output)
    tmp_out = out + ".tmp"
    with open(tmp_out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tkind\tprovince_code\tprovince\n")
        for fields in lines:
            f.write("\t".join(fields) + "\n")
    os.replace(tmp_out, out)

    nprov = sum(1 for l in lines if l[2] == "provinsi")
    print("%s: %d provinces, %d regencies (%d kabupaten, %d kota)"
          % (out, nprov, counts["kabupaten"] + counts["kota"],
             counts["kabupaten"], counts["kota"]), file=sys.stderr)


if __name__ == "__main__":
    main()

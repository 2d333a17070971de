#!/usr/bin/env python3
"""Rewrites src/SmtpStatusCodes/PublicAPI/**/PublicAPI.Unshipped.txt from the current code.

The public API analyzer (RS0016) names each undeclared symbol in the build's SARIF log; this script builds every
target framework with the Unshipped files emptied, collects those names, and writes the ones every target shares
to PublicAPI/ and the rest to PublicAPI/<tfm>/. Review the diff: it is the API change you are about to make.
Usage: python3 eng/update-public-api.py [ProjectName]   (default SmtpStatusCodes; e.g. SmtpStatusCodes.MimeKit)
"""
import json, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1] if len(sys.argv) > 1 else "SmtpStatusCodes"
project = os.path.join(root, "src", name, name + ".csproj")
api_dir = os.path.join(root, "src", name, "PublicAPI")
with open(project, encoding="utf-8") as f:
    tfms = re.search(r"<TargetFrameworks>([^<]+)</TargetFrameworks>", f.read()).group(1).split(";")
header = "#nullable enable\n"

def unshipped(tfm=None):
    return os.path.join(api_dir, tfm, "PublicAPI.Unshipped.txt") if tfm else os.path.join(api_dir, "PublicAPI.Unshipped.txt")

for path in [unshipped()] + [unshipped(t) for t in tfms if os.path.isdir(os.path.join(api_dir, t))]:
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)

names = {}
for tfm in tfms:
    sarif = os.path.join(tempfile.mkdtemp(), "api.sarif")
    subprocess.run(["dotnet", "build", project, "-c", "Release", "-f", tfm, "--no-incremental",
                    f"-p:ErrorLog={sarif}%2Cversion=2.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(sarif, encoding="utf-8") as f:
        log = json.load(f)
    names[tfm] = {r["properties"]["customProperties"]["APIName"]
                  for run in log["runs"] for r in run.get("results", []) if r["ruleId"] == "RS0016"}

common = set.intersection(*names.values())
def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + "".join(l + "\n" for l in sorted(lines, key=str.lower)))
write(unshipped(), common)
for tfm in tfms:
    extra = names[tfm] - common
    if extra:
        os.makedirs(os.path.join(api_dir, tfm), exist_ok=True)
        shipped = os.path.join(api_dir, tfm, "PublicAPI.Shipped.txt")
        if not os.path.exists(shipped):
            with open(shipped, "w", encoding="utf-8") as f:
                f.write(header)
        write(unshipped(tfm), extra)
print({t: len(n) for t, n in names.items()}, "common:", len(common))

#!/usr/bin/env python3
# learneval.py -- the learned model measured on mail it was not trained on
# (issue 15).  Either k-fold cross-validation over the labelled corpus:
#     learneval.py --rules DIR --k 5 PATH...
# or one split, train on some batches and evaluate on a later one:
#     learneval.py --rules DIR --train PATH... --test PATH...
# DIR is a rule set whose "model" line names learned.model; for each fold a
# copy of DIR gets a model trained on that fold's training mail only, and
# "supportctl rules eval --json" runs the copy over the held-out mail.
# Prints queue / priority / both per language, summed over the folds.
import argparse, json, os, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
top = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))

def emls(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                out += [os.path.join(root, f) for f in sorted(files)
                        if f.endswith(".eml")]
        else:
            out.append(p)
    return out

def link_all(files, d):
    for i, f in enumerate(files):
        lang = os.path.basename(os.path.dirname(f))
        os.makedirs(os.path.join(d, lang), exist_ok=True)
        os.symlink(os.path.abspath(f), os.path.join(d, lang,
                   "%05d-%s" % (i, os.path.basename(f))))

def fold(args, train, test, tot, wrong):
    t = tempfile.mkdtemp(prefix="learneval.")
    try:
        link_all(train, os.path.join(t, "train"))
        link_all(test, os.path.join(t, "test"))
        rules = os.path.join(t, "rules")
        shutil.copytree(args.rules, rules, symlinks=True)
        model = os.path.join(rules, "learned.model")
        if os.path.lexists(model):
            os.unlink(model)
        subprocess.run([args.supportctl, "rules", "train", "--min-count",
                        str(args.min_count), "-o", model,
                        os.path.join(t, "train")], check=True,
                       stdout=subprocess.DEVNULL)
        if args.alpha:
            with open(model) as f:
                text = f.read()
            with open(model, "w") as f:
                f.write(text.replace("\nalpha 0.5\n",
                                     "\nalpha %s\n" % args.alpha))
        conf = os.path.join(t, "supportd.conf")
        with open(os.path.join(top, "config", "supportd.conf")) as f:
            lines = f.read().splitlines()
        with open(conf, "w") as f:
            for l in lines:
                w = l.split()
                if w and w[0] == "rules":
                    l = "rules " + rules
                elif w and w[0] == "templates":
                    l = "templates " + os.path.join(top, "rules", "templates")
                f.write(l + "\n")
        r = subprocess.run([args.supportctl, "-c", conf, "rules", "eval",
                            "--json", os.path.join(t, "test")],
                           capture_output=True, text=True)
        if r.returncode != 0 and not r.stdout:
            sys.exit(r.stderr)
        j = json.loads(r.stdout)
        for lang, v in j["languages"].items():
            a = tot.setdefault(lang, [0, 0, 0, 0])
            a[0] += v["mails"]; a[1] += v["queue"]
            a[2] += v["priority"]; a[3] += v["both"]
        for w in j["wrong"]:
            by = [w[k] for k in ("queue_by", "priority_by")
                  if w.get(k) and w["want"][k[:-3]] != w["got"][k[:-3]]]
            wrong.append("%s: want %s/%s got %s/%s%s" % (
                os.path.basename(w["file"]).split("-", 1)[1],
                w["want"]["queue"], w["want"]["priority"],
                w["got"]["queue"], w["got"]["priority"],
                "".join(" (%s)" % json.dumps(b) for b in by)))
    finally:
        shutil.rmtree(t)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", required=True)
    ap.add_argument("--supportctl", default=os.path.join(top, "supportctl"))
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--k", type=int, default=0)
    ap.add_argument("--alpha", help="smoothing written into each model")
    ap.add_argument("--train", nargs="*", default=[])
    ap.add_argument("--test", nargs="*", default=[])
    ap.add_argument("--wrong", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    tot, wrong = {}, []
    if args.k:
        files = emls(args.paths)
        for i in range(args.k):
            fold(args, [f for n, f in enumerate(files) if n % args.k != i],
                 [f for n, f in enumerate(files) if n % args.k == i],
                 tot, wrong)
        print("%d-fold cross-validation over %d mails, rules %s" %
              (args.k, len(files), args.rules))
    else:
        fold(args, emls(args.train), emls(args.test), tot, wrong)
        print("trained on %s, evaluated on %s, rules %s" %
              (" ".join(args.train), " ".join(args.test), args.rules))
    print("%-8s %6s %8s %9s %8s" % ("language", "mails", "queue",
                                    "priority", "both"))
    all_ = [0, 0, 0, 0]
    for lang in sorted(tot):
        a = tot[lang]
        all_ = [x + y for x, y in zip(all_, a)]
        print("%-8s %6d %7.1f%% %8.1f%% %7.1f%%" % (lang, a[0],
              100.0 * a[1] / a[0], 100.0 * a[2] / a[0], 100.0 * a[3] / a[0]))
    a = all_
    if a[0]:
        print("%-8s %6d %7.1f%% %8.1f%% %7.1f%%" % ("all", a[0],
              100.0 * a[1] / a[0], 100.0 * a[2] / a[0], 100.0 * a[3] / a[0]))
    if args.wrong:
        print("\n".join(wrong))

main()

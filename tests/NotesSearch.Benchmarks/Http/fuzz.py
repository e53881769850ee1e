#!/usr/bin/env python3
"""Usage: fuzz.py BASE_URL SITE_PID SECONDS THREADS CONTENT_DIR
Short fuzz run against a running NotesSearch site: random and hostile requests on every route that searches,
from N threads for S seconds; prints status counts and the site's resident memory (from /proc) at the end."""
import os, random, sys, threading, time, urllib.request, urllib.parse, urllib.error, collections, glob

base, pid, seconds, threads = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
content = sys.argv[5]
slugs = [os.path.basename(p)[11:-3] if os.path.basename(p)[:4].isdigit() else os.path.basename(p)[:-3]
         for p in glob.glob(os.path.join(content, "**", "*.md"), recursive=True)][:20000]
vocab = [l.split("\t")[0] for l in open(os.path.join(os.path.dirname(__file__), "..", "vocab.txt"), encoding="utf-8")][:5000] if os.path.exists(os.path.join(os.path.dirname(__file__), "..", "vocab.txt")) else ["cache", "kv", "model", "gpu"]
counts = collections.Counter()
lock = threading.Lock()
stop = time.time() + seconds

def hostile(r):
    k = r.randrange(10)
    if k == 0: return "".join(chr(r.randrange(0x4E00, 0xA000)) for _ in range(r.randrange(50, 800)))
    if k == 1: return "".join(r.choice(["a", "\u0430", "\u05d0", "\u0627", "\u0301", "\U0001F600", "\U00020001", " ", "\u202e", "\ud55c"]) for _ in range(300))
    if k == 2: return " ".join("".join(r.choice("abcdefghij") for _ in range(10)) + "~" for _ in range(r.randrange(1, 60)))
    if k == 3: return " ".join(chr(97 + i % 26) + "*" for i in range(r.randrange(1, 40)))
    if k == 4: return " OR ".join(r.choice(vocab) for _ in range(r.randrange(2, 150)))
    if k == 5: return "(" * r.randrange(1, 300) + r.choice(vocab)
    if k == 6: return r.choice(["before:0001", "before:0001-01", "after:9999-12-31", "before:0001-01-01"]) + " " + r.choice(vocab)
    return " ".join(r.choice(vocab) for _ in range(r.randrange(1, 6)))

def url(r):
    q = urllib.parse.quote(hostile(r))
    extra = ""
    if r.random() < 0.2: extra += "&from=" + r.choice(["0001-01-01", "2020-01-01", "9999-12-31"])
    if r.random() < 0.2: extra += "&to=" + r.choice(["0001-01-01", "2024-06-30", "9999-12-31"])
    if r.random() < 0.3: extra += "&pageSize=" + str(r.choice([1, 10, 50, 100]))
    if r.random() < 0.2: extra += "&page=" + str(r.randrange(1, 50))
    k = r.randrange(8)
    if k in (0, 1): return f"/api/search?q={q}{extra}"
    if k == 2: return f"/?q={q}{extra}"
    if k == 3: return f"/feed.xml?q={q}{extra}"
    if k == 4: return "/api/suggest?q=" + urllib.parse.quote(hostile(r)[:r.randrange(1, 200)])
    if k == 5: return "/api/notes/" + urllib.parse.quote(r.choice(slugs))
    if k == 6: return "/notes/" + urllib.parse.quote(r.choice(slugs))
    return f"/api/search?q={urllib.parse.quote(r.choice(vocab))}{extra}"

def worker(seed):
    r = random.Random(seed)
    while time.time() < stop:
        u = base + url(r)
        try:
            with urllib.request.urlopen(u, timeout=60) as resp:
                resp.read(); code = resp.status
        except urllib.error.HTTPError as e:
            code = e.code
        except Exception as e:
            code = type(e).__name__
        with lock: counts[code] += 1

ts = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
[t.start() for t in ts]; [t.join() for t in ts]
status = open(f"/proc/{pid}/status").read()
mem = {l.split(":")[0]: l.split(":")[1].strip() for l in status.splitlines() if l.startswith(("VmRSS", "RssAnon", "RssFile", "VmHWM"))}
print("requests", sum(counts.values()), dict(counts))
print("memory", mem)

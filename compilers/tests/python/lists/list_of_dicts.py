rows = [{"name": "ada", "score": 3}, {"name": "bob", "score": 5}, {"name": "cy", "score": 4}]
best = max(rows, key=lambda r: r["score"])
print(best["name"], sum(r["score"] for r in rows))
for r in sorted(rows, key=lambda r: -r["score"]):
    print(f"{r['name']:>5}: {'*' * r['score']}")
# expect: bob 12
# expect:   bob: *****
# expect:    cy: ****
# expect:   ada: ***

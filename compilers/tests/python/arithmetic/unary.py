x = 5
print(-x, +x, --x, -(-x), ~x, not x, not 0)
# expect: -5 5 5 5 -6 False True

import sys
sys.setrecursionlimit(10000)
# error: 2:5: sys.setrecursionlimit is not supported

# stdin: 3 4
# stdin: 5 6
import sys
data = sys.stdin.read().split()
numbers = [int(x) for x in data]
print(len(numbers), sum(numbers), sys.stdin.readline() == "")
# expect: 4 18 True

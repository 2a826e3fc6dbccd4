def read_numbers(text):
    for part in text.split(","):
        yield int(part)

def only_positive(numbers):
    for n in numbers:
        if n > 0:
            yield n

def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total

data = "3,-1,4,-1,5,-9,2,6"
print(list(running_total(only_positive(read_numbers(data)))))
print(sum(x * x for x in only_positive(read_numbers(data))))
print(sorted(read_numbers(data), reverse=True)[:3], min(read_numbers(data)))
# expect: [3, 7, 12, 14, 20]
# expect: 90
# expect: [6, 5, 4] -9

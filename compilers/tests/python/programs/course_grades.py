# stdin: 4
# stdin: ann, 90, 85, 77
# stdin: bob,60,70,65
# stdin:  cy ,100,98,99,97
# stdin: dee,50,40
"""Grades: reading records with input(), averages, a report."""


def letter(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"


def read_students():
    students = {}
    n = int(input("How many students? "))
    for _ in range(n):
        line = input()
        name, *scores = line.split(",")
        students[name.strip()] = [int(s) for s in scores]
    return students


def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


students = read_students()
print()
print(f"{'Name':<10}{'Avg':>7}{'Med':>6}  Grade")
print("-" * 30)
averages = {}
for name, scores in sorted(students.items()):
    avg = sum(scores) / len(scores)
    averages[name] = avg
    print(f"{name:<10}{avg:>7.2f}{median(scores):>6}  {letter(avg)}")
best = max(averages, key=averages.get)
print(f"best: {best} ({averages[best]:.1f})")
dist = {}
for avg in averages.values():
    g = letter(avg)
    dist[g] = dist.get(g, 0) + 1
print(" ".join(f"{g}={dist.get(g, 0)}" for g in "ABCDF"))
all_scores = [s for scores in students.values() for s in scores]
print("overall:", min(all_scores), max(all_scores), round(sum(all_scores) / len(all_scores), 3))
above = [n for n, a in averages.items() if a > sum(averages.values()) / len(averages)]
print("above average:", above)
try:
    extra = input()
except EOFError:
    print("no more input")
# expect: How many students? 
# expect: Name          Avg   Med  Grade
# expect: ------------------------------
# expect: ann         84.00    85  B
# expect: bob         65.00    65  D
# expect: cy          98.50  98.5  A
# expect: dee         45.00  45.0  F
# expect: best: cy (98.5)
# expect: A=1 B=1 C=0 D=1 F=1
# expect: overall: 40 100 77.583
# expect: above average: ['ann', 'cy']
# expect: no more input

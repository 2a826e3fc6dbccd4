people = [("ada", 36), ("charles", 79), ("augusta", 36), ("luigi", 79), ("mary", 52)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
print([name for name, _ in sorted(people)])
# expect: [('ada', 36), ('augusta', 36), ('mary', 52), ('charles', 79), ('luigi', 79)]
# expect: [('charles', 79), ('luigi', 79), ('mary', 52), ('ada', 36), ('augusta', 36)]
# expect: ['ada', 'augusta', 'charles', 'luigi', 'mary']

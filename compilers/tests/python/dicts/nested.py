people = {"ada": {"born": 1815, "langs": ["notes"]}, "charles": {"born": 1791, "langs": []}}
for name in sorted(people):
    info = people[name]
    print(name.title(), info["born"], len(info["langs"]))
people["ada"]["langs"].append("tables")
print(people["ada"])
# expect: Ada 1815 1
# expect: Charles 1791 0
# expect: {'born': 1815, 'langs': ['notes', 'tables']}

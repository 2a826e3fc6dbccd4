ages = {"ada": 36}
print(ages["ada"])
print(ages["charles"])
# expect: 36
# expect runtime error: trap 4
# expect stderr: KeyError: 'charles'

class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
def check_age(age):
    if age < 0:
        raise ValidationError("age", "must not be negative")
    return age
try:
    check_age(-1)
except ValidationError as e:
    print(e.field, "-", e, "-", e.args)
# expect: age - must not be negative - ('must not be negative',)

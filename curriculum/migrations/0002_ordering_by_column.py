from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('curriculum', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='hint',
            options={'ordering': ['exercise_id', 'order']},
        ),
        migrations.AlterModelOptions(
            name='testcase',
            options={'ordering': ['exercise_id', 'order']},
        ),
    ]

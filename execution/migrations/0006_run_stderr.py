from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('execution', '0005_run_from_cache'),
    ]

    operations = [
        migrations.AddField(
            model_name='run',
            name='stderr',
            field=models.TextField(blank=True),
        ),
    ]

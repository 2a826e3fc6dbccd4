import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='Lesson',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=80)),
                ('title', models.CharField(max_length=200)),
                ('order', models.PositiveIntegerField()),
                ('summary', models.TextField(blank=True)),
                ('body', models.TextField(blank=True, help_text='Markdown. Second-level headings (##) make the contents.')),
                ('is_published', models.BooleanField(default=False)),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'ordering': ['module__order', 'order'],
            },
        ),
        migrations.CreateModel(
            name='Exercise',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=80, unique=True)),
                ('title', models.CharField(max_length=200)),
                ('order', models.PositiveIntegerField(default=1)),
                ('language', models.CharField(choices=[('assembly', 'Babbage assembly'), ('cards', 'Analytical Engine cards'), ('c', 'C'), ('python', 'Python'), ('haskell', 'Haskell'), ('lisp', 'LISP'), ('java', 'Java'), ('systemf', 'System F'), ('idris', 'Idris')], max_length=16)),
                ('statement', models.TextField(help_text='Markdown.')),
                ('starter_code', models.TextField(blank=True)),
                ('reference_solution', models.TextField(blank=True, help_text='Never shown to students.')),
                ('max_steps', models.PositiveBigIntegerField(blank=True, null=True)),
                ('max_output', models.PositiveIntegerField(blank=True, null=True)),
                ('store_size', models.PositiveIntegerField(blank=True, null=True)),
                ('is_published', models.BooleanField(default=True)),
                ('lesson', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='exercises', to='curriculum.lesson')),
            ],
            options={
                'ordering': ['lesson__module__order', 'lesson__order', 'order', 'id'],
            },
        ),
        migrations.CreateModel(
            name='Module',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('slug', models.SlugField(max_length=80, unique=True)),
                ('title', models.CharField(max_length=200)),
                ('order', models.PositiveIntegerField(unique=True)),
                ('era', models.CharField(blank=True, max_length=200)),
                ('summary', models.TextField(blank=True)),
                ('introduction', models.TextField(blank=True, help_text='Markdown.')),
                ('is_published', models.BooleanField(default=True)),
            ],
            options={
                'ordering': ['order'],
                'constraints': [models.CheckConstraint(condition=models.Q(('order__gt', 0)), name='module_order_positive')],
            },
        ),
        migrations.AddField(
            model_name='lesson',
            name='module',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='lessons', to='curriculum.module'),
        ),
        migrations.CreateModel(
            name='Progress',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('status', models.CharField(choices=[('in_progress', 'In progress'), ('completed', 'Completed')], default='in_progress', max_length=16)),
                ('attempts', models.PositiveIntegerField(default=0)),
                ('failed_attempts', models.PositiveIntegerField(default=0)),
                ('hints_revealed', models.PositiveIntegerField(default=0)),
                ('completed_at', models.DateTimeField(blank=True, null=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('exercise', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='progress', to='curriculum.exercise')),
                ('lesson', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='progress', to='curriculum.lesson')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='progress', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name_plural': 'progress',
            },
        ),
        migrations.CreateModel(
            name='TestCase',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200)),
                ('order', models.PositiveIntegerField()),
                ('input', models.TextField(blank=True)),
                ('expected_output', models.TextField(blank=True)),
                ('is_visible', models.BooleanField(default=False, help_text='Visible tests are shown as examples.')),
                ('exercise', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='test_cases', to='curriculum.exercise')),
            ],
            options={
                'ordering': ['exercise', 'order'],
            },
        ),
        migrations.CreateModel(
            name='Hint',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('order', models.PositiveIntegerField()),
                ('text', models.TextField(help_text='Markdown.')),
                ('exercise', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hints', to='curriculum.exercise')),
            ],
            options={
                'ordering': ['exercise', 'order'],
                'constraints': [models.UniqueConstraint(fields=('exercise', 'order'), name='hint_order_unique_per_exercise')],
            },
        ),
        migrations.AddConstraint(
            model_name='exercise',
            constraint=models.CheckConstraint(condition=models.Q(('language__in', ['assembly', 'cards', 'c', 'python', 'haskell', 'lisp', 'java', 'systemf', 'idris'])), name='exercise_language_known'),
        ),
        migrations.AddConstraint(
            model_name='lesson',
            constraint=models.UniqueConstraint(fields=('module', 'slug'), name='lesson_slug_unique_per_module'),
        ),
        migrations.AddConstraint(
            model_name='lesson',
            constraint=models.UniqueConstraint(fields=('module', 'order'), name='lesson_order_unique_per_module'),
        ),
        migrations.AddConstraint(
            model_name='lesson',
            constraint=models.CheckConstraint(condition=models.Q(('order__gt', 0)), name='lesson_order_positive'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('exercise__isnull', True), ('lesson__isnull', False)), models.Q(('exercise__isnull', False), ('lesson__isnull', True)), _connector='OR'), name='progress_exactly_one_target'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.UniqueConstraint(condition=models.Q(('lesson__isnull', False)), fields=('user', 'lesson'), name='progress_unique_user_lesson'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.UniqueConstraint(condition=models.Q(('exercise__isnull', False)), fields=('user', 'exercise'), name='progress_unique_user_exercise'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.CheckConstraint(condition=models.Q(('attempts__gte', 0), ('failed_attempts__gte', 0), ('hints_revealed__gte', 0)), name='progress_counters_not_negative'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.CheckConstraint(condition=models.Q(('failed_attempts__lte', models.F('attempts'))), name='progress_failures_within_attempts'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['in_progress', 'completed'])), name='progress_status_known'),
        ),
        migrations.AddConstraint(
            model_name='progress',
            constraint=models.CheckConstraint(condition=models.Q(('status', 'in_progress'), ('completed_at__isnull', False), _connector='OR'), name='progress_completed_has_date'),
        ),
        migrations.AddConstraint(
            model_name='testcase',
            constraint=models.UniqueConstraint(fields=('exercise', 'order'), name='testcase_order_unique_per_exercise'),
        ),
    ]

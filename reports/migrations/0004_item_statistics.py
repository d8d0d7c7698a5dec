"""The item statistics: running sums per (question, module, organisation, team) that the item analysis reads
instead of every answer (see reports.item_statistics), filled from the answers there are."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from reports.item_statistics import rebuild

    rebuild(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0003_roles_for_moved_apps'),
        ('quizzes', '0008_team_sessions_moved_attempt_course'),
        ('accounts', '0004_audience_moved_from_courses'),
    ]

    operations = [
        migrations.CreateModel(
            name='AttemptStatistics',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('attempts', models.BigIntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'constraints': [models.UniqueConstraint(fields=('course_id', 'organisation_id', 'team_id'), name='one_attempt_statistics_cell')],
            },
        ),
        migrations.CreateModel(
            name='ItemStatistics',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('question_id', models.BigIntegerField()),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('answers', models.BigIntegerField(default=0)),
                ('score_sum', models.BigIntegerField(default=0)),
                ('score_squares', models.BigIntegerField(default=0)),
                ('attempt_score_sum', models.BigIntegerField(default=0)),
                ('attempt_score_squares', models.BigIntegerField(default=0)),
                ('product_sum', models.BigIntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'constraints': [models.UniqueConstraint(fields=('question_id', 'course_id', 'organisation_id', 'team_id'), name='one_item_statistics_cell')],
            },
        ),
        migrations.CreateModel(
            name='PickStatistics',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('question_id', models.BigIntegerField()),
                ('course_id', models.BigIntegerField()),
                ('organisation_id', models.BigIntegerField()),
                ('team_id', models.BigIntegerField()),
                ('text', models.CharField(max_length=300)),
                ('picks', models.BigIntegerField(default=0)),
                ('wrong_picks', models.BigIntegerField(default=0)),
            ],
            options={
                'default_permissions': (),
                'constraints': [models.UniqueConstraint(fields=('question_id', 'course_id', 'organisation_id', 'team_id', 'text'), name='one_pick_statistics_cell')],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

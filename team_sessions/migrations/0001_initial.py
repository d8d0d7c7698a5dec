"""TeamSession, Participant and SessionAnswer move here from quizzes: the state only, the tables keep their
names."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import team_sessions.models
from home.content_types import moves

forwards, backwards = moves("quizzes", "team_sessions", ["teamsession", "participant", "sessionanswer"])


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0004_audience_moved_from_courses"),
        ("courses", "0001_initial"),
        ("quizzes", "0007_question_order_tiebreak"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TeamSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('uuid', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                        ('code', models.CharField(default=team_sessions.models.new_join_code, max_length=6, unique=True, verbose_name='deelnamecode')),
                        ('course_title', models.CharField(max_length=255, verbose_name='module')),
                        ('group_name', models.CharField(help_text='Bijvoorbeeld: Team mentoren, Het Baken', max_length=120, verbose_name='naam van de groep')),
                        ('mode', models.CharField(choices=[('phones', 'Iedereen antwoordt op de eigen telefoon'), ('one_screen', 'Eén scherm: het team kiest samen één antwoord')], default='phones', max_length=12, verbose_name='werkvorm')),
                        ('stage', models.CharField(choices=[('lobby', 'wachten op deelnemers'), ('question', 'vraag staat open'), ('revealed', 'antwoord getoond'), ('ended', 'afgelopen')], default='lobby', max_length=10, verbose_name='stand')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='huidige vraag')),
                        ('capacity', models.PositiveSmallIntegerField(default=team_sessions.models.default_capacity, verbose_name='maximaal aantal deelnemers')),
                        ('questions', models.JSONField(verbose_name='vragen')),
                        ('pass_mark', models.DecimalField(decimal_places=2, max_digits=5, verbose_name='slagingsgrens (%)')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt op')),
                        ('ended_at', models.DateTimeField(blank=True, null=True, verbose_name='afgesloten op')),
                        ('participant_count', models.PositiveIntegerField(default=0, verbose_name='aantal deelnemers')),
                        ('passed_count', models.PositiveIntegerField(default=0, verbose_name='aantal geslaagd')),
                        ('average_score', models.DecimalField(blank=True, decimal_places=2, max_digits=5, null=True, verbose_name='gemiddelde score (%)')),
                        ('purged_at', models.DateTimeField(blank=True, null=True, verbose_name='gegevens deelnemers gewist op')),
                        ('results', models.JSONField(blank=True, default=list, verbose_name='resultaten per vraag')),
                        ('course', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='courses.coursepage', verbose_name='module')),
                        ('facilitator', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='team_sessions', to=settings.AUTH_USER_MODEL, verbose_name='begeleider')),
                        ('organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='team_sessions', to='accounts.organisation', verbose_name='organisatie')),
                        ('quiz', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='team_sessions', to='quizzes.quizpage', verbose_name='toets')),
                    ],
                    options={
                        'verbose_name': 'teamsessie',
                        'verbose_name_plural': 'teamsessies',
                        'db_table': 'quizzes_teamsession',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='Participant',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('seat_hash', models.CharField(blank=True, editable=False, max_length=64, null=True, unique=True)),
                        ('display_name', models.CharField(max_length=60, verbose_name='naam op het scherm')),
                        ('full_name', models.CharField(blank=True, max_length=150, verbose_name='volledige naam')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mailadres')),
                        ('joined_at', models.DateTimeField(auto_now_add=True, verbose_name='aangesloten op')),
                        ('score', models.DecimalField(blank=True, decimal_places=2, max_digits=5, null=True, verbose_name='score (%)')),
                        ('passed', models.BooleanField(blank=True, null=True, verbose_name='geslaagd')),
                        ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='team_participations', to=settings.AUTH_USER_MODEL, verbose_name='account')),
                        ('session', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='participants', to='team_sessions.teamsession')),
                    ],
                    options={
                        'verbose_name': 'deelnemer teamsessie',
                        'verbose_name_plural': 'deelnemers teamsessie',
                        'db_table': 'quizzes_participant',
                        'ordering': ['joined_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='SessionAnswer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('position', models.PositiveSmallIntegerField(verbose_name='vraagnummer')),
                        ('chosen', models.JSONField(default=list, verbose_name='gekozen')),
                        ('path', models.JSONField(default=list, verbose_name='gekozen route')),
                        ('score', models.DecimalField(blank=True, decimal_places=4, max_digits=5, null=True, verbose_name='score (0–1)')),
                        ('completed', models.BooleanField(default=False, verbose_name='af')),
                        ('answered_at', models.DateTimeField(auto_now=True, verbose_name='beantwoord op')),
                        ('participant', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='answers', to='team_sessions.participant')),
                        ('session', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answers', to='team_sessions.teamsession')),
                    ],
                    options={
                        'verbose_name': 'antwoord teamsessie',
                        'verbose_name_plural': 'antwoorden teamsessie',
                        'db_table': 'quizzes_sessionanswer',
                        'indexes': [models.Index(fields=['session', 'position'], name='quizzes_ses_session_6e87c0_idx')],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('participant__isnull', False)), fields=('participant', 'position'), name='one_session_answer_per_participant'), models.UniqueConstraint(condition=models.Q(('participant__isnull', True)), fields=('session', 'position'), name='one_team_answer')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]

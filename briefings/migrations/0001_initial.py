"""BriefingSession and Registration move here from certificates: the state only, the tables keep their names."""

import uuid

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
from django.conf import settings
from django.db import migrations, models

from home.content_types import moves

forwards, backwards = moves("certificates", "briefings", ["briefingsession", "registration"])


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0004_audience_moved_from_courses"),
        ("certificates", "0003_team_session_certificates"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='BriefingSession',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='titel')),
                        ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                        ('start', models.DateTimeField(verbose_name='begin')),
                        ('end', models.DateTimeField(verbose_name='einde')),
                        ('location', models.CharField(blank=True, max_length=255, verbose_name='adres')),
                        ('online_url', models.URLField(blank=True, verbose_name='link voor online deelname')),
                        ('municipality', models.CharField(choices=[('almere', 'Almere'), ('dronten', 'Dronten'), ('lelystad', 'Lelystad'), ('noordoostpolder', 'Noordoostpolder'), ('urk', 'Urk'), ('zeewolde', 'Zeewolde'), ('flevoland', 'Heel Flevoland')], default='flevoland', max_length=30, verbose_name='gemeente')),
                        ('capacity', models.PositiveSmallIntegerField(default=20, verbose_name='aantal plaatsen')),
                        ('status', models.CharField(choices=[('planned', 'gepland'), ('cancelled', 'afgelast')], default='planned', max_length=10, verbose_name='status')),
                        ('audiences', modelcluster.fields.ParentalManyToManyField(blank=True, to='accounts.audience', verbose_name='teams')),
                    ],
                    options={
                        'verbose_name': 'bijeenkomst',
                        'verbose_name_plural': 'bijeenkomsten',
                        'db_table': 'certificates_briefingsession',
                        'ordering': ['start'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='Registration',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token', models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
                        ('full_name', models.CharField(max_length=150, verbose_name='naam')),
                        ('email', models.EmailField(max_length=254, verbose_name='e-mailadres')),
                        ('status', models.CharField(choices=[('confirmed', 'aangemeld'), ('waiting', 'wachtlijst'), ('cancelled', 'afgemeld')], default='confirmed', max_length=10, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemeld op')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='gewijzigd op')),
                        ('attended', models.BooleanField(blank=True, null=True, verbose_name='aanwezig geweest')),
                        ('reminder_sent_at', models.DateTimeField(blank=True, null=True, verbose_name='herinnering verstuurd')),
                        ('session', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='registrations', to='briefings.briefingsession')),
                        ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='registrations', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'aanmelding',
                        'verbose_name_plural': 'aanmeldingen',
                        'db_table': 'certificates_registration',
                        'ordering': ['created_at', 'pk'],
                        'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'cancelled'), _negated=True), fields=('session', 'email'), name='one_registration_per_session')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]

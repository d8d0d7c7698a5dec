from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from certificates.issuing import add_years, default_valid_until

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class TestValidityInCalendarYears:
    @pytest.mark.parametrize(
        ("issued", "valid_until"),
        [
            (date(2026, 11, 29), date(2028, 11, 29)),  # 730 days would end on 28 November 2028
            (date(2028, 2, 29), date(2030, 2, 28)),
            (date(2028, 2, 28), date(2030, 2, 28)),
            (date(2028, 3, 1), date(2030, 3, 1)),
            (date(2027, 3, 1), date(2029, 3, 1)),  # across 29 February 2028
        ],
    )
    def test_two_years_is_the_same_date_two_calendar_years_on(self, issued, valid_until, settings):
        """A certificate is valid until the same date two calendar years on; 29 February ends on 28 February."""
        settings.CERTIFICATE_VALIDITY_YEARS = 2
        issued_at = datetime(issued.year, issued.month, issued.day, 10, 0, tzinfo=AMSTERDAM)
        assert default_valid_until(issued_at) == valid_until

    def test_four_years_from_29_february_is_29_february(self):
        """Four calendar years from a leap day is the next leap day."""
        assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)

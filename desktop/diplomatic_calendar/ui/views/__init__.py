"""The calendar views: month, week, day, agenda and year."""

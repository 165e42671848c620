#ifndef WISEMIND_APP_CLOCK_H
#define WISEMIND_APP_CLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for any text app_time_text writes. */
#define APP_TIME_TEXT_SIZE 48

/* The one way a moment is shown to a person: in their time zone, with
 * the offset in force then ("2026-11-29 14:03 +13:00"; "... UTC" in UTC),
 * through core/date.c. */
void app_time_text(uint64_t utc_seconds, char *buf, size_t size);

/* Room for app_time_iso's text and its NUL. */
#define APP_TIME_ISO_SIZE 32

/* Now, in the person's time zone, as ISO 8601 with the offset
 * ("2026-11-29T14:03:00+13:00"): when an urge was logged. */
void app_time_iso_now(char out[APP_TIME_ISO_SIZE]);

/* Checks a date as a person typed it ("2026-11-22": a real day); false
 * with APP_E_DATE in err. */
struct app_error;
bool app_date_check(const char *text, struct app_error *err) __attribute__((warn_unused_result));

#endif

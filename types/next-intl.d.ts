import type { Messages } from "@/lib/i18n/catalogues"
import type { Locale } from "@/lib/i18n/locale"

// Compile-time typed message keys: every t("…") is checked against the English catalogue (which
// tests/unit/i18n.test.ts keeps in step with Arabic), and every locale handed to next-intl is a Locale.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}

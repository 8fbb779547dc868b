// The support resources the GTA 2025 opens with, in its order. Names and descriptions are in the
// message catalogue; addresses are those of the seed's own reference list where it gives one.
export const SUPPORT_RESOURCES = [
  { key: "brave", url: "https://www.bravemovement.org" },
  { key: "chi", url: "https://childhelplineinternational.org" },
  { key: "inhope", url: "https://inhope.org/EN" },
  { key: "moore", url: "https://publichealth.jhu.edu/moore-center-for-the-prevention-of-child-sexual-abuse" },
  { key: "redirection", url: "https://www.suojellaanlapsia.fi/en/redirection" },
] as const

/**
 * The countries the platform knows (ISO 3166-1 alpha-2) with their English and Russian names.
 * The alliances' members come first; the rest lets coordinators invite peers from anywhere.
 */
export const COUNTRIES = [
  { code: 'AM', name: 'Armenia', nameRu: 'Армения' },
  { code: 'AZ', name: 'Azerbaijan', nameRu: 'Азербайджан' },
  { code: 'EE', name: 'Estonia', nameRu: 'Эстония' },
  { code: 'GE', name: 'Georgia', nameRu: 'Грузия' },
  { code: 'KZ', name: 'Kazakhstan', nameRu: 'Казахстан' },
  { code: 'KG', name: 'Kyrgyzstan', nameRu: 'Кыргызстан' },
  { code: 'UZ', name: 'Uzbekistan', nameRu: 'Узбекистан' },
  { code: 'TJ', name: 'Tajikistan', nameRu: 'Таджикистан' },
  { code: 'TM', name: 'Turkmenistan', nameRu: 'Туркменистан' },
  { code: 'MD', name: 'Moldova', nameRu: 'Молдова' },
  { code: 'MN', name: 'Mongolia', nameRu: 'Монголия' },
  { code: 'UA', name: 'Ukraine', nameRu: 'Украина' },
  { code: 'BY', name: 'Belarus', nameRu: 'Беларусь' },
  { code: 'RU', name: 'Russia', nameRu: 'Россия' },
  { code: 'TR', name: 'Türkiye', nameRu: 'Турция' },
  { code: 'LV', name: 'Latvia', nameRu: 'Латвия' },
  { code: 'LT', name: 'Lithuania', nameRu: 'Литва' },
  { code: 'FI', name: 'Finland', nameRu: 'Финляндия' },
  { code: 'FR', name: 'France', nameRu: 'Франция' },
  { code: 'DE', name: 'Germany', nameRu: 'Германия' },
  { code: 'GB', name: 'United Kingdom', nameRu: 'Великобритания' },
  { code: 'US', name: 'United States', nameRu: 'США' },
  { code: 'KR', name: 'Republic of Korea', nameRu: 'Республика Корея' },
  { code: 'SG', name: 'Singapore', nameRu: 'Сингапур' },
  { code: 'CN', name: 'China', nameRu: 'Китай' },
  { code: 'JP', name: 'Japan', nameRu: 'Япония' },
  { code: 'IN', name: 'India', nameRu: 'Индия' },
] as const;

export const COUNTRY_CODES = COUNTRIES.map((c) => c.code) as unknown as readonly [
  (typeof COUNTRIES)[number]['code'],
  ...(typeof COUNTRIES)[number]['code'][],
];

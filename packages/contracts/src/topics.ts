/** The learning topics the alliances work on; people and alliances refer to them by slug. */
export const TOPICS = [
  { slug: 'integrated-services', name: 'Integrated services', nameRu: 'Интегрированные услуги' },
  { slug: 'open-data', name: 'Open data', nameRu: 'Открытые данные' },
  { slug: 'e-participation', name: 'Electronic public participation', nameRu: 'Электронное участие' },
  { slug: 'digital-economy', name: 'Digital economy', nameRu: 'Цифровая экономика' },
  { slug: 'civil-service-capacity', name: 'Civil service capacity', nameRu: 'Потенциал госслужбы' },
  { slug: 'public-service-delivery', name: 'Public service delivery', nameRu: 'Предоставление госуслуг' },
] as const;

export const TOPIC_SLUGS = TOPICS.map((t) => t.slug) as unknown as readonly [
  (typeof TOPICS)[number]['slug'],
  ...(typeof TOPICS)[number]['slug'][],
];

import { formatDate } from '../lib/format';
import type { Confidence, EvidenceKind } from '../lib/types';
import type { Messages } from './en';
import { languageName, plural } from './intl';

const LANGUAGE = 'uk';

/**
 * "з англійської": Ukrainian names most languages with a feminine adjective (англійська мова),
 * which takes the genitive after "з". Names that are not such adjectives (іврит, суахілі) are
 * given after a colon instead, so no noun is ever declined wrongly.
 */
function translatedFrom(languageTag: string): string {
  const name = languageName(languageTag, LANGUAGE);
  const adjective = /^(\S*(?:ськ|цьк|зьк))а(?=\s|$)/u;
  return adjective.test(name)
    ? `Переклад з ${name.replace(adjective, '$1ої')}`
    : `Переклад з мови оригіналу: ${name}`;
}

const quoteCount = plural(LANGUAGE, {
  one: '{n} цитата',
  few: '{n} цитати',
  many: '{n} цитат',
  other: '{n} цитати',
});

const positionsAndSources = plural(LANGUAGE, {
  one: 'Усі {n} позиція та їхні джерела',
  few: 'Усі {n} позиції та їхні джерела',
  many: 'Усі {n} позицій та їхні джерела',
  other: 'Усі {n} позиції та їхні джерела',
});

/** Every string the interface shows, in Ukrainian. Keys and kinds match `en` exactly. */
export const uk = {
  lastUpdated: 'Оновлено',
  legendTitle: 'Умовні позначення',
  noKnownPosition: 'Позиція невідома',
  noKnownPositionDescription: 'У джерелах цього матеріалу позиції не зафіксовано',
  matrixCaption:
    'Позиції кожного учасника з кожного питання. Виберіть клітинку, щоб прочитати цитати, на яких вона ґрунтується.',
  issueColumnHeader: 'Питання',
  scrollHint: 'Прокрутіть убік, щоб побачити всіх учасників.',
  closePanel: 'Закрити',
  panelEmptyTitle: 'Виберіть клітинку',
  panelEmptyText:
    'Виберіть клітинку в таблиці, щоб побачити позицію, цитати, на яких вона ґрунтується, і їхні джерела.',
  asOf: 'Станом на',
  said: 'Сказано',
  evidenceHeading: 'Підстави',
  historyHeading: 'Як змінювалася ця позиція',
  noEvidence: 'Для цієї позиції цитат не зафіксовано.',
  noPositionText: (actor: string, issue: string) =>
    `${actor}: у джерелах цього матеріалу позиції щодо питання «${issue}» не зафіксовано. Клітинку залишено порожньою, а не заповнено здогадом.`,
  confidence: {
    high: 'Висока впевненість',
    medium: 'Середня впевненість',
    low: 'Низька впевненість',
  } satisfies Record<Confidence, string>,
  evidenceKind: (kind: EvidenceKind, speaker: string | undefined): string =>
    kind === 'direct'
      ? 'Пряма цитата'
      : kind === 'reported'
        ? speaker
          ? `Непряма цитата, зі слів: ${speaker}`
          : 'Непряма цитата'
        : 'Переказ',
  quoteCount,
  cellName: (actor: string, issue: string, stance: string | undefined, quotes: number) =>
    stance === undefined
      ? `${actor} — ${issue}: позиція невідома`
      : `${actor} — ${issue}: ${stance.toLocaleLowerCase(LANGUAGE)}, ${quoteCount(quotes)}`,
  openSource: (outlet: string) => `${outlet} (відкривається в новій вкладці)`,
  storyErrorsTitle: 'Не вдалося показати цей матеріал',
  quoteOpen: '«',
  quoteClose: '»',
  translatedFrom,
  showOriginal: 'Показати оригінал',
  hideOriginal: 'Сховати оригінал',
  methodologyHeading: 'Методологія',
  correctionsHeading: 'Виправлення',
  correctedOn: (isoDate: string) => `Виправлено ${formatDate(isoDate, LANGUAGE)}`,
  whatChangedSince: 'Що змінилося з',
  changedSince: (isoDate: string) => `Змінилося з ${formatDate(isoDate, LANGUAGE)}`,
  theme: {
    label: 'Тема',
    light: 'Світла',
    dark: 'Темна',
    system: 'Як у системі',
  },
  showPositionsAsOf: 'Показати позиції станом на',
  latest: 'Найновіші',
  issueSummary: {
    consensus: 'Згода',
    split: 'Розбіжність',
    standoff: 'Протистояння',
  },
  actorsHidden: plural(LANGUAGE, {
    one: '{n} учасник прихований',
    few: '{n} учасники приховані',
    many: '{n} учасників приховано',
    other: '{n} учасника приховано',
  }),
  compare: 'Порівняти',
  searchQuotes: 'Пошук у цитатах',
  resultCount: plural(LANGUAGE, {
    one: '{n} результат',
    few: '{n} результати',
    many: '{n} результатів',
    other: '{n} результату',
  }),
  allPositionsTitle: (count: number) =>
    count === 1 ? 'Позиція та її джерела' : positionsAndSources(count),
  embedButton: 'Вбудувати',
  embedDialogTitle: 'Вбудувати цю графіку',
  embedDialogIntro:
    'Вставте один із цих фрагментів коду на свою сторінку. Кожен із них підлаштовує розмір під вміст.',
  embedLoaderLabel: 'Завантажувач Standpoint (рекомендовано)',
  embedPymLabel: 'pym.js',
  embedIframeLabel: 'Звичайний iframe (фіксована висота)',
  copySnippet: 'Копіювати',
  copiedSnippet: 'Скопійовано',
  closeDialog: 'Закрити',
} satisfies Messages;

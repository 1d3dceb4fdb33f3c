import { formatDate } from '../lib/format';
import type { TentativeReason } from '../lib/certainty';
import type { Agreement } from '../lib/compare';
import type { ChangeKind } from '../lib/timeline';
import type { Confidence, EvidenceKind } from '../lib/types';
import type { AllMessages } from './en';
import { formatCount, formatList, languageName, plural } from './intl';

const LANGUAGE = 'uk';

/** "в 1 питанні", "в 5 питаннях": the locative, after "в". */
const cellsChanged = plural(LANGUAGE, {
  one: '{n} клітинка змінилася',
  few: '{n} клітинки змінилися',
  many: '{n} клітинок змінилося',
  other: '{n} клітинки змінилося',
});
const issueCount = plural(LANGUAGE, {
  one: '{n} питанні',
  few: '{n} питаннях',
  many: '{n} питаннях',
  other: '{n} питання',
});

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

const tooManyPositions = plural(LANGUAGE, {
  one: 'У цьому сюжеті {n} позиція',
  few: 'У цьому сюжеті {n} позиції',
  many: 'У цьому сюжеті {n} позицій',
  other: 'У цьому сюжеті {n} позиції',
});

/** Every string the interface shows, in Ukrainian. Keys and kinds match `en` exactly. */
export const uk = {
  lastUpdated: 'Оновлено',
  legendTitle: 'Умовні позначення',
  noKnownPosition: 'Позиція невідома',
  noKnownPositionDescription: 'У джерелах цього матеріалу позиції не зафіксовано',
  matrixCaption:
    'Позиції кожного учасника з кожного питання. Виберіть клітинку, щоб прочитати цитати, на яких вона ґрунтується.',
  printedPart: (issues: number, actors: number) =>
    `Надруковано лише ту частину таблиці, що була на екрані. Уся таблиця: питань — ${formatCount(LANGUAGE, issues)}, учасників — ${formatCount(LANGUAGE, actors)}; усі позиції є в завантажуваних даних.`,
  issueColumnHeader: 'Питання',
  cellJoin: '—',
  legendCorrected: 'Виправлено',
  legendCorrectedDescription: 'змінено після публікації; на панелі сказано, що і коли',
  panelFailed:
    'Не вдалося показати цитати цієї клітинки: сторінка не завантажилася повністю. Перезавантажте її й спробуйте ще раз.',
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
  downloadTitle: 'Завантажити',
  downloadCsv: 'Дані (CSV)',
  downloadJson: 'Матеріал (JSON)',
  downloadSvg: 'Зображення (SVG)',
  downloadPng: 'Зображення (PNG)',
  downloadFailed: 'Цей браузер не зміг створити зображення. Спробуйте формат SVG.',
  imageSourceLine: (sources: string, isoDate: string) =>
    `Джерело: ${sources}; оновлено ${formatDate(isoDate, LANGUAGE)}`,
  translatedFrom,
  showOriginal: 'Показати оригінал',
  hideOriginal: 'Сховати оригінал',
  aboutHeading: 'Про цю графіку',
  methodologyHeading: 'Методологія',
  correctionsHeading: 'Виправлення',
  correctedOn: (isoDate: string) => `Виправлено ${formatDate(isoDate, LANGUAGE)}`,
  whatChangedSince: 'Що змінилося з',
  sinceNone: 'Не вибрано',
  cellsChangedSince: (count: number, isoDate: string) =>
    `${cellsChanged(count)} з ${formatDate(isoDate, LANGUAGE)}`,
  correctionCount: plural(LANGUAGE, {
    one: '{n} виправлення',
    few: '{n} виправлення',
    many: '{n} виправлень',
    other: '{n} виправлення',
  }),
  correctedSince: (isoDate: string) => `виправлено після ${formatDate(isoDate, LANGUAGE)}`,
  changedSince: (isoDate: string) => `Змінилося з ${formatDate(isoDate, LANGUAGE)}`,
  showPositionsAsOf: 'Показати позиції станом на',
  latest: 'Найновіші',
  issueSummary: {
    consensus: 'Згода',
    split: 'Розбіжність',
    standoff: 'Протистояння',
    unsettled: 'Невизначеність',
    'too-few': 'Замало позицій',
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
  lessCertain: (reasons: TentativeReason[]): string =>
    `менш певно: ${formatList(
      LANGUAGE,
      reasons.map((reason) => uk.tentativeReason[reason]),
    )}`,
  tentativeReason: {
    'low-confidence': 'низька впевненість',
    'reported-only': 'лише непрямі цитати',
    'paraphrase-only': 'лише переказ',
    'no-evidence': 'без цитат',
  } satisfies Record<TentativeReason, string>,
  cellChange: (kind: ChangeKind, isoDate: string, was: string | undefined) =>
    kind === 'new'
      ? `нове з ${formatDate(isoDate, LANGUAGE)}`
      : kind === 'changed'
        ? `змінилося з ${formatDate(isoDate, LANGUAGE)}: було «${(was ?? '').toLocaleLowerCase(LANGUAGE)}»`
        : `нові підстави з ${formatDate(isoDate, LANGUAGE)}`,
  wasStance: (stance: string) => `було: ${stance.toLocaleLowerCase(LANGUAGE)}`,
  legendTentative: 'Менш певно',
  legendTentativeDescription: 'Лише непрямі цитати чи переказ або низька впевненість',
  legendChanged: 'Змінилося',
  previousDate: 'Попередня дата',
  nextDate: 'Наступна дата',
  changesMarked: (isoDate: string) =>
    `Позначено клітинки, що змінилися з ${formatDate(isoDate, LANGUAGE)}.`,
  currentOn: (isoDate: string) => `Чинна станом на ${formatDate(isoDate, LANGUAGE)}`,
  noPositionOn: (isoDate: string) =>
    `Станом на ${formatDate(isoDate, LANGUAGE)} позиція невідома; позиції нижче з’явилися пізніше.`,
  timelineLabel: 'Позиції в часі',
  reportedBy: (
    speaker: string | undefined,
    outlet: string | undefined,
    subject: string | undefined,
  ) =>
    [
      speaker ? `Непряма цитата, зі слів: ${speaker}` : 'Непряма цитата',
      outlet && `для ${outlet}`,
      subject && `стосується: ${subject}`,
    ]
      .filter(Boolean)
      .join('; '),
  published: 'Опубліковано',
  stanceTally: (stance: string, count: number) => `${stance}: ${count}`,
  issueOrderLabel: 'Порядок питань',
  issueOrder: {
    editor: 'Як у редакції',
    divided: 'Спершу найбільш спірні',
  },
  compareWith: 'з',
  compareNobody: 'Виберіть учасника',
  compareClear: 'Скасувати порівняння',
  agreement: {
    agree: 'Згодні',
    differ: 'Розходяться',
    'one-unknown': 'Одна позиція невідома',
    'both-unknown': 'Обидві невідомі',
  } satisfies Record<Agreement, string>,
  agreementSummary: (counts: Record<Agreement, number>) =>
    [
      counts.agree > 0 && `згодні в ${issueCount(counts.agree)}`,
      counts.differ > 0 && `розходяться в ${issueCount(counts.differ)}`,
      counts['one-unknown'] > 0 && `одна позиція невідома в ${issueCount(counts['one-unknown'])}`,
      counts['both-unknown'] > 0 && `обидві невідомі в ${issueCount(counts['both-unknown'])}`,
    ]
      .filter(Boolean)
      .join(', ')
      .replace(/^./, (first) => first.toLocaleUpperCase(LANGUAGE)),
  filtersLabel: 'Фільтр',
  actorGroupsLabel: 'Учасники',
  issueGroupsLabel: 'Питання',
  noGroup: 'Інші',
  issuesHidden: plural(LANGUAGE, {
    one: '{n} питання приховане',
    few: '{n} питання приховані',
    many: '{n} питань приховано',
    other: '{n} питання приховано',
  }),
  showAll: 'Показати все',
  nothingShown: 'Фільтри приховують усі рядки або стовпці.',
  searchNoResults: 'Жодна цитата не відповідає запиту.',
  searchResult: (actor: string, issue: string, isoDate: string) =>
    `${actor} — ${issue}, ${formatDate(isoDate, LANGUAGE)}`,
  controlsLabel: 'Дослідити позиції',
  allPositionsTitle: (count: number) =>
    count === 1 ? 'Позиція та її джерела' : positionsAndSources(count),
  appendixTooLarge: (count: number) =>
    `${tooManyPositions(count)} — забагато, щоб перелічити тут: відкрийте клітинку, щоб прочитати цитати, або завантажте дані.`,
  quotesLoading: 'Завантажуємо цитати…',
  quotesLoadingAll: (loaded: number, total: number) =>
    `Завантажуємо цитати: питань ${loaded} з ${total}…`,
  quotesFailed: 'Не вдалося завантажити цитати.',
  quotesRetry: 'Спробувати ще раз',
  searchFailed: 'Не вдалося завантажити пошук. Перезавантажте сторінку й спробуйте ще раз.',
  toolsLabel: 'Завантаження та вбудовування',
  embedButton: 'Вбудувати',
  embedDialogTitle: 'Вбудувати цю графіку',
  embedDialogIntro:
    'Вставте один із цих фрагментів коду на свою сторінку. Кожен із них підлаштовує розмір під вміст.',
  embedFailed: 'Не вдалося завантажити фрагменти коду. Перезавантажте сторінку й спробуйте ще раз.',
  embedLoaderLabel: 'Завантажувач Standpoint (рекомендовано)',
  embedPymLabel: 'pym.js',
  embedIframeLabel: 'Звичайний iframe (фіксована висота)',
  copySnippet: 'Копіювати',
  copiedSnippet: 'Скопійовано',
  closeDialog: 'Закрити',
} satisfies AllMessages;

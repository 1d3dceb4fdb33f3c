import type { Plugin } from 'vite';

/**
 * Whether a value for `name` is set on `element` as a property rather than an attribute: the
 * first prototype from the element up to (not including) `Element.prototype` that defines
 * `name` has a setter. Cached per prototype and name. Injected into Svelte's runtime as
 * source, so it uses nothing but globals.
 */
export function has_setter(element: Element, name: string): boolean {
  // Svelte never sets these as properties from an attribute.
  if (name === 'innerHTML' || name === 'textContent' || name === 'innerText') return false;
  // Keyed by the element's prototype, which decides the answer: reading the tag and `is` and
  // joining them into a key cost more than the lookup.
  const byType = ((has_setter as { cache?: WeakMap<object, Map<string, boolean>> }).cache ??=
    new WeakMap());
  const type = Object.getPrototypeOf(element) as object;
  let cache = byType.get(type);
  if (cache === undefined) byType.set(type, (cache = new Map()));
  let found = cache.get(name);
  if (found === undefined) {
    found = false;
    for (
      let proto: object | null = element;
      proto !== null && proto !== Element.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor) {
        found = descriptor.set !== undefined;
        break;
      }
    }
    cache.set(name, found);
  }
  return found;
}

/** The module of Svelte's runtime that sets attributes. */
const ATTRIBUTES_MODULE =
  /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]elements[\\/]attributes\.js$/;
/** Where `set_attribute` asks for every setter of the element's type. */
const SETTERS_QUERY = "typeof value !== 'string' && get_setters(element).has(attribute)";

/**
 * Svelte's `set_attribute` is given a number or a boolean (`tabindex={0}`, `hidden={!shown}`,
 * an SVG's `width={size}`) and asks whether the element has a property setter of that name by
 * listing every setter of the element's type on first use of each tag:
 * `Object.getOwnPropertyDescriptors` of every prototype up to `Element`. Chromium's bindings
 * then create an accessor function for every property of `HTMLElement.prototype` and of the
 * tag's own prototype: 5.7 ms per load of the bundled story (median, 2-core Xeon), whose
 * hydration meets ten such tags (docs/performance-notes.md). This replaces that one query with
 * `has_setter`, which looks up the single name: same answer, a few accessors instead of
 * hundreds. Returns the module's new code, or undefined for any other module; throws if
 * Svelte's code no longer reads as expected, so an upgrade cannot drop the change silently.
 */
export function lookUpOneSetter(code: string, id: string): string | undefined {
  if (!ATTRIBUTES_MODULE.test(id.split('?')[0]!)) return undefined;
  if (!code.includes(SETTERS_QUERY)) {
    throw new Error(`${id}: Svelte's set_attribute changed; review build/setter-lookup.ts`);
  }
  return `${code.replace(SETTERS_QUERY, "typeof value !== 'string' && has_setter(element, attribute)")}
${has_setter.toString()}
`;
}

/** `lookUpOneSetter` as a Vite plugin, for every client build of the app. */
export function setterLookup(): Plugin {
  return {
    name: 'standpoint-setter-lookup',
    transform(code, id) {
      return lookUpOneSetter(code, id);
    },
  };
}

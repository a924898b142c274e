import { runInNewContext } from 'node:vm';
import { routeKeyOf } from '../../src/app/route-keys';
import { preloadScript, routeFiles } from '../../scripts/vite-route-preload';

const chunk = (fileName: string, imports: string[] = [], extra: { isEntry?: boolean; facadeModuleId?: string } = {}) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  isEntry: extra.isEntry ?? false,
  facadeModuleId: extra.facadeModuleId ?? null,
});

describe('preloading a deep link’s page from index.html', () => {
  it('names each route’s page', () => {
    expect(routeKeyOf('#/review')).toBe('review');
    expect(routeKeyOf('#/review/session/abc')).toBe('review/session');
    expect(routeKeyOf('#/review/cohort')).toBe('review/cohort');
    expect(routeKeyOf('#/session/abc')).toBe('session');
    expect(routeKeyOf('#/case/stored:x')).toBe('case');
    expect(routeKeyOf('#/')).toBeUndefined();
    expect(routeKeyOf('')).toBeUndefined();
    expect(routeKeyOf('#/nowhere')).toBeUndefined();
    expect(routeKeyOf('#/constructor')).toBeUndefined();
  });

  it('lists the page’s chunk and what it imports, minus what the entry already loads', () => {
    const chunks = [
      chunk('assets/index.js', ['assets/react.js'], { isEntry: true }),
      chunk('assets/react.js'),
      chunk('assets/Review.js', ['assets/db.js', 'assets/react.js'], { facadeModuleId: '/app/src/app/pages/ReviewDashboardPage.tsx' }),
      chunk('assets/db.js', ['assets/zod.js']),
      chunk('assets/zod.js'),
    ];
    expect(routeFiles(chunks, '/app', '/base/')).toEqual({ review: ['/base/assets/Review.js', '/base/assets/db.js', '/base/assets/zod.js'] });
  });

  it('the inline script adds a modulepreload link per file of the page the hash names, and none for the case list', () => {
    const script = preloadScript({ review: ['/assets/Review.js', '/assets/db.js'], session: ['/assets/Encounter.js'] });
    const run = (hash: string) => {
      const links: { rel: string; href: string }[] = [];
      const document = { createElement: () => ({ rel: '', href: '' }), head: { appendChild: (link: { rel: string; href: string }) => links.push(link) } };
      runInNewContext(script, { location: { hash }, document });
      return links;
    };
    expect(run('#/review')).toEqual([
      { rel: 'modulepreload', href: '/assets/Review.js' },
      { rel: 'modulepreload', href: '/assets/db.js' },
    ]);
    expect(run('#/session/123')).toEqual([{ rel: 'modulepreload', href: '/assets/Encounter.js' }]);
    expect(run('#/')).toEqual([]);
    expect(run('#/settings')).toEqual([]);
  });
});

// The one place the app's links are built: hrefs between pages (localized) and the queries of
// navigations within a page. See ./hrefs.ts and ./queries.ts.

export * from './hrefs';
export * from './queries';

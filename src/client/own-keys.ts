// The property names the client object answers itself; every other name is a docs page's view.
// Shared with the types emitter (scripts/emit/types.ts), which renames a tag key equal to one of them,
// so that it imports this and not the client with its generated runtime table.
export const CLIENT_OWN_KEYS: readonly string[] = ['request', 'paginate', 'core', 'options'];

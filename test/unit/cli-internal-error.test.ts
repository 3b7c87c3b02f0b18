/** A failure no user can cause (a bug) is exit 3 with its stack, so it can be reported; it never looks like a finding (1) or a refused input (2). */
test('an unexpected exception in a command is exit 3 with a request to report it', async () => {
  jest.doMock('../../src/cli/check', () => ({
    checkCommand: async () => {
      throw new TypeError('Cannot read properties of undefined');
    },
  }));
  const { main } = await import('../../src/cli/main');
  const err: string[] = [];
  const code = await main(['check', 'campaigns/2023.yaml'], { out: () => undefined, err: (l) => err.push(l) });
  expect(code).toBe(3);
  expect(err[0]).toBe(
    '内部错误 (internal error): Cannot read properties of undefined\n这是 gongwen 的缺陷，请把以下信息报告给维护人员 (this is a bug in gongwen; please report it with what follows)',
  );
  expect(err[1]).toMatch(/^TypeError: Cannot read properties of undefined\n\s+at /);
});

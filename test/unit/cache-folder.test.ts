import os from 'node:os';
import path from 'node:path';
import { cacheFolder } from '../../src/startup/cache-files';

test('GONGWEN_CACHE_DIR names the cache folder, made absolute', () => {
  expect(cacheFolder({ GONGWEN_CACHE_DIR: 'rel/cache', HOME: '/home/clerk' }, 'linux')).toBe(path.resolve('rel/cache'));
});

test("the platform's usual place below the home folder, $HOME where it is set", () => {
  expect(cacheFolder({ HOME: '/home/clerk' }, 'linux')).toBe('/home/clerk/.cache/gongwen');
  expect(cacheFolder({ HOME: '/home/clerk', XDG_CACHE_HOME: '/var/cache/clerk' }, 'linux')).toBe('/var/cache/clerk/gongwen');
  expect(cacheFolder({ HOME: '/Users/clerk' }, 'darwin')).toBe('/Users/clerk/Library/Caches/gongwen');
  expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' }, 'win32')).toBe(path.join('C:\\Users\\clerk\\AppData\\Local', 'gongwen', 'Cache'));
});

test('without $HOME (or on Windows) the home folder is the one the system names', () => {
  expect(cacheFolder({}, 'linux')).toBe(path.join(os.homedir(), '.cache', 'gongwen'));
  expect(cacheFolder({ HOME: '' }, 'linux')).toBe(path.join(os.homedir(), '.cache', 'gongwen'));
  expect(cacheFolder({ HOME: '/not/used/on/windows' }, 'win32')).toBe(path.join(os.homedir(), 'AppData', 'Local', 'gongwen', 'Cache'));
});

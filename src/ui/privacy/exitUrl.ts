// Where the quick exit goes: an everyday page; set VITE_EXIT_URL at build time to change it.
export const EXIT_URL: string = (import.meta.env.VITE_EXIT_URL as string | undefined) ?? 'https://www.weather.com.cn/';
